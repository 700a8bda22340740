import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * Code may wrap only after a space, `/`, `=` or `,`. Browsers also break after a hyphen
 * (`--system-` / `default-registry`, even `-` / `-single`) and between some punctuation,
 * which an operator copying by eye misreads. So the code is cut into segments that end at
 * the allowed places; each segment that could break inside is kept on one line (a `nowrap`
 * span, even across highlighted tokens), and the allowed places get an explicit <wbr>.
 * A segment longer than its box scrolls inside the box (see the code styles).
 */
const SEGMENT_END = /(?<=[ /=,])/;
/** Letters (any script, so CJK text still wraps between characters) and digits never need holding together. */
const PLAIN = /^[\p{L}\p{N}_ ]*$/u;

/** A run of text, with the highlighting class of its token (none for plain code). */
interface Piece {
	text: string;
	className?: string[];
}

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
const pieceNode = (p: Piece): ElementContent =>
	p.className ? { type: 'element', tagName: 'span', properties: { className: p.className }, children: [{ type: 'text', value: p.text }] } : { type: 'text', value: p.text };

/** Lays pieces out as segments that break only where code may; a line break in the input stays one. */
function segmentsToHast(lines: Piece[][]): ElementContent[] {
	const out: ElementContent[] = [];
	lines.forEach((pieces, lineIndex) => {
		if (lineIndex > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
		const segments: Piece[][] = [[]];
		for (const piece of pieces) {
			piece.text.split(SEGMENT_END).forEach((part, i) => {
				if (i > 0) segments.push([]);
				if (part) segments.at(-1)!.push({ text: part, className: piece.className });
			});
		}
		const filled = segments.filter((s) => s.length > 0);
		filled.forEach((segment, i) => {
			const text = segment.map((p) => p.text).join('');
			const nodes = segment.map(pieceNode);
			out.push(...(PLAIN.test(text.replace(/[ /=,]$/, '')) ? nodes : [{ type: 'element', tagName: 'span', properties: { className: ['nb'] }, children: nodes } as Element]));
			// After a space the browser breaks by itself; elsewhere the break is made explicit.
			if (i < filled.length - 1 && !text.endsWith(' ')) out.push(wbr());
		});
	});
	return out;
}

/** The inner HTML of a code element holding `text`, breakable only where code may. */
export function breakableCodeHtml(text: string): string {
	return toHtml({ type: 'root', children: segmentsToHast(text.split('\n').map((line) => [{ text: line }])) });
}

/** Serializes highlighted inline code (Shiki's `structure: 'inline'`: token spans and <br>) breakable only where code may. */
export function breakableHastHtml(root: Root): string {
	const lines: Piece[][] = [[]];
	for (const node of root.children) {
		if (node.type === 'element' && node.tagName === 'br') lines.push([]);
		else if (node.type === 'element') {
			const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
			// Shiki writes the token's classes as a `class` string.
			const classes = node.properties.className ?? node.properties.class;
			const className = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(' ') : undefined;
			lines.at(-1)!.push({ text, className });
		} else if (node.type === 'text') lines.at(-1)!.push({ text: node.value });
	}
	return toHtml({ type: 'root', children: segmentsToHast(lines) });
}
