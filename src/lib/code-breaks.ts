import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * Code may wrap only after a space, `/`, `=` or `,`. Browsers also break after a hyphen
 * (`--system-` / `default-registry`, even `-` / `-single`) and between some punctuation,
 * which an operator copying by eye misreads. So the code is cut into segments that end at
 * the allowed places; each segment that could break inside is kept on one line (a `nowrap`
 * span, even across highlighted tokens), and the allowed places get an explicit <wbr>.
 * A segment longer than its box scrolls inside the box (see the code styles).
 *
 * The markup is kept as small as the rendering allows, since tables hold thousands of these:
 * neighbouring tokens of one colour are one span, a space takes its neighbour's colour, a
 * segment of one token carries `nb` on the token's own span, and plain code that is one
 * segment carries `nb` on the <code> element itself.
 */
const SEGMENT_END = /(?<=[ /=,])/;
const ENDS_SEGMENT = /[ /=,]$/;
/** Letters (any script, so CJK text still wraps between characters) and digits never need holding together. */
const PLAIN = /^[\p{L}\p{N}_ ]*$/u;
/** The class that keeps a segment on one line (styled in Code.astro). */
const NOWRAP = 'nb';

/** A run of code text, with the highlighting classes of its token (none for plain code). */
export interface CodePiece {
	text: string;
	className?: string[];
}
/** Code as lines of pieces (a line break in the value stays one). */
export type CodeLines = CodePiece[][];

const sameClasses = (a?: string[], b?: string[]) => (a ?? []).join(' ') === (b ?? []).join(' ');
/** Highlighting classes that paint behind or under text (background, underline) show on a space too. */
const paintsSpace = (classes?: string[]) => (classes ?? []).some((c) => /^sh[a-z]*(b|td)-/.test(c));

/** A token's spaces at either end as pieces of their own (Shiki writes ` server` as one token). */
function splitSpaces(piece: CodePiece): CodePiece[] {
	if (paintsSpace(piece.className)) return [piece];
	const [, before = '', core = '', after = ''] = /^(\s*)(.*?)(\s*)$/s.exec(piece.text) ?? [];
	return [{ text: before }, { text: core, className: piece.className }, { text: after }];
}

/** Joins neighbouring pieces of one colour; a space joins the token before it (or after it, at the start). */
export function mergePieces(pieces: CodePiece[]): CodePiece[] {
	const out: CodePiece[] = [];
	let lead = '';
	for (const piece of pieces.flatMap(splitSpaces)) {
		if (!piece.text) continue;
		const prev = out.at(-1);
		const blank = piece.text.trim() === '' && !paintsSpace(piece.className);
		if (prev && (blank || sameClasses(prev.className, piece.className))) prev.text += piece.text;
		else if (blank) lead += piece.text;
		else {
			out.push({ text: lead + piece.text, className: piece.className });
			lead = '';
		}
	}
	if (lead) out.push({ text: lead });
	return out;
}

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
const span = (className: string[], children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties: { className }, children });
const pieceNode = (p: CodePiece): ElementContent => (p.className?.length ? span(p.className, [{ type: 'text', value: p.text }]) : { type: 'text', value: p.text });

/** One segment as nodes: held on one line unless it cannot break inside anyway. */
function segmentNodes(segment: CodePiece[]): ElementContent[] {
	const text = segment.map((p) => p.text).join('');
	if (PLAIN.test(text.replace(ENDS_SEGMENT, ''))) return segment.map(pieceNode);
	if (segment.length === 1) return [span([...(segment[0]!.className ?? []), NOWRAP], [{ type: 'text', value: segment[0]!.text }])];
	return [span([NOWRAP], segment.map(pieceNode))];
}

/** A node's colour: the token classes of a coloured span ('' for plain text, null for a held segment of several colours). */
function colourOf(node: ElementContent): string | null {
	if (node.type === 'text') return '';
	if (node.type !== 'element' || node.tagName !== 'span' || !node.children.every((c) => c.type === 'text')) return null;
	return (node.properties.className as string[]).filter((c) => c !== NOWRAP).join(' ');
}

/** What a node holds inside its colour: the text, or the text held on one line. */
function insideColour(node: ElementContent): ElementContent[] {
	if (node.type !== 'element') return [node];
	return (node.properties.className as string[]).includes(NOWRAP) ? [span([NOWRAP], node.children)] : node.children;
}

/**
 * Gathers neighbouring nodes of one colour (with the <wbr> and <br> between them) into one span, so
 * a path or URL in one token is one coloured span with its break points inside, not a span per segment.
 */
function gatherColours(nodes: ElementContent[]): ElementContent[] {
	const groups: { colour: string | null; children: ElementContent[] }[] = [];
	let between: ElementContent[] = [];
	for (const node of nodes) {
		if (node.type === 'element' && (node.tagName === 'wbr' || node.tagName === 'br')) {
			between.push(node);
			continue;
		}
		const colour = colourOf(node);
		const last = groups.at(-1);
		if (last && colour !== null && last.colour === colour) last.children.push(...between, ...insideColour(node));
		else {
			if (between.length) groups.push({ colour: null, children: between });
			groups.push({ colour, children: colour === null ? [node] : insideColour(node) });
		}
		between = [];
	}
	if (between.length) groups.push({ colour: null, children: between });
	return groups.flatMap((g) => {
		if (!g.colour) return g.children;
		const [only, ...rest] = g.children;
		// One held segment in one colour: one span with both classes.
		if (!rest.length && only?.type === 'element' && colourOf(only) === '') return [span([...g.colour.split(' '), NOWRAP], only.children)];
		return [span(g.colour.split(' '), g.children)];
	});
}

/** Lays pieces out as segments that break only where code may. */
function linesToHast(lines: CodeLines): ElementContent[] {
	const out: ElementContent[] = [];
	lines.forEach((line, lineIndex) => {
		if (lineIndex > 0) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
		const segments: CodePiece[][] = [[]];
		for (const piece of mergePieces(line)) {
			for (const part of piece.text.split(SEGMENT_END)) {
				if (!part) continue;
				segments.at(-1)!.push({ text: part, className: piece.className });
				if (ENDS_SEGMENT.test(part)) segments.push([]);
			}
		}
		const filled = segments.filter((s) => s.length > 0);
		filled.forEach((segment, i) => {
			out.push(...segmentNodes(segment));
			// After a space the browser breaks by itself; elsewhere the break is made explicit.
			if (i < filled.length - 1 && !segment.at(-1)!.text.endsWith(' ')) out.push(wbr());
		});
	});
	return gatherColours(out);
}

/** Plain code text as lines of one piece each. */
export function plainLines(text: string): CodeLines {
	return text.split('\n').map((line) => [{ text: line }]);
}

/** Highlighted inline code (Shiki's `structure: 'inline'`: token spans and <br>) as lines of pieces. */
export function highlightedLines(root: Root): CodeLines {
	const lines: CodeLines = [[]];
	for (const node of root.children) {
		if (node.type === 'element' && node.tagName === 'br') lines.push([]);
		else if (node.type === 'element') {
			const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
			// Shiki writes the token's classes as a `class` string.
			const classes = node.properties.className ?? node.properties.class;
			const className = Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(' ').filter(Boolean) : undefined;
			lines.at(-1)!.push({ text, className });
		} else if (node.type === 'text') lines.at(-1)!.push({ text: node.value });
	}
	return lines;
}

/** A `<code>` element holding the lines, breakable only where code may. */
export function breakableCode(lines: CodeLines, attrs: { className?: string; lang?: string } = {}): string {
	let children = linesToHast(lines);
	const classes = attrs.className ? attrs.className.split(' ') : [];
	// Plain code that is one held segment: the <code> element holds it on one line itself.
	const only = children.length === 1 ? children[0] : undefined;
	if (only?.type === 'element' && sameClasses(only.properties.className as string[], [NOWRAP]) && only.children.every((c) => c.type === 'text')) {
		classes.push(NOWRAP);
		children = only.children;
	}
	const properties: Element['properties'] = {};
	if (classes.length) properties.className = classes;
	if (attrs.lang) properties.lang = attrs.lang;
	return toHtml({ type: 'element', tagName: 'code', properties, children });
}
