import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * Code may wrap only after a space, `/`, `=` or `,`. Browsers also break after a hyphen
 * (`--system-` / `default-registry`, even `-` / `-single`), which an operator copying by eye
 * misreads, so every piece holding a character that could break is kept on one line
 * (a `nowrap` span) and the allowed places get an explicit <wbr>. A piece longer than
 * its box scrolls inside the box (see the code styles).
 */
const PIECE_END = /(?<=[ /=,])/;
/** Characters after which a browser may break a line (hyphens and dashes, `?`, `!`, `|`, closing brackets). */
const BREAKS_AFTER = /[-\u2010-\u2015?!|}\]]/;

/** One text run as breakable hast: pieces split after the allowed characters. */
export function breakableText(text: string): ElementContent[] {
	const out: ElementContent[] = [];
	let previous = '';
	for (const piece of text.split(PIECE_END)) {
		if (piece === '') continue;
		// After a space the browser may already break; elsewhere the break is made explicit.
		if (previous !== '' && !previous.endsWith(' ')) out.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
		previous = piece;
		out.push(!BREAKS_AFTER.test(piece) ? { type: 'text', value: piece } : { type: 'element', tagName: 'span', properties: { className: ['nb'] }, children: [{ type: 'text', value: piece }] });
	}
	return out;
}

/** Rewrites every text node under `node` with breakableText (for highlighted code). */
export function makeBreakable<T extends Root | Element>(node: T): T {
	node.children = node.children.flatMap((child: RootContent): RootContent[] => {
		if (child.type === 'text') return breakableText(child.value);
		if (child.type === 'element') return [makeBreakable(child)];
		return [child];
	}) as T['children'];
	return node;
}

/** The inner HTML of a code element holding `text`, breakable only where code may wrap. */
export function breakableCodeHtml(text: string): string {
	return toHtml({ type: 'root', children: breakableText(text) });
}

/** Serializes highlighted code (a hast root) after making it breakable. */
export function breakableHastHtml(root: Root): string {
	return toHtml(makeBreakable(root));
}
