/** A section heading of an MDX page, written as `<H2 id="…">Title</H2>`. */
export interface DocHeading {
	level: 2 | 3;
	id: string;
	text: string;
}

/**
 * Finds the explicit-id headings in an MDX body, and the `<RowTable group="…" />`
 * tables (their group id is the heading id), in document order. Markdown `#`
 * headings are rejected: their ids would come from the text.
 */
export function extractHeadings(body: string, groupTitles: ReadonlyMap<string, string> = new Map()): DocHeading[] {
	const out: DocHeading[] = [];
	const re = /<H([23])\s+id="([^"]+)"\s*>([\s\S]*?)<\/H\1>|<RowTable\s+group="([^"]+)"/g;
	for (const match of body.matchAll(re)) {
		if (match[4]) {
			out.push({ level: 2, id: match[4], text: groupTitles.get(match[4]) ?? match[4] });
		} else {
			out.push({ level: Number(match[1]) as 2 | 3, id: match[2]!, text: match[3]!.replace(/<[^>]+>|`/g, '').trim() });
		}
	}
	return out;
}

/** Markdown headings (`## Title`) outside code fences: not allowed, ids must be explicit. */
export function markdownHeadings(body: string): string[] {
	let inFence = false;
	const found: string[] = [];
	for (const line of body.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		else if (!inFence && /^#{1,6}\s/.test(line)) found.push(line.trim());
	}
	return found;
}
