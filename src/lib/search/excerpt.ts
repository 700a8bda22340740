/** A run of excerpt text, marked or not. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

function decode(text: string): string {
	return text.replace(/&(lt|gt|amp|quot|nbsp|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits a Pagefind excerpt into text and `<mark>` runs, so the UI can build DOM
 * nodes with `textContent` and never insert index content as HTML.
 * Any other tag-like text stays literal text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const re = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	for (const match of excerpt.matchAll(re)) {
		if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), mark: false });
		parts.push({ text: decode(match[1] ?? ''), mark: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
	return parts.filter((p) => p.text !== '');
}
