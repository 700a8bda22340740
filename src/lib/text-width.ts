/**
 * Estimated widths of SVG text, so a layout can size its boxes before any browser measures them.
 * The estimate errs wide: it follows DejaVu Sans (the widest common fallback for `system-ui`);
 * CJK and full-width characters are one em. The browser test checks the real text against its boxes.
 */

/** Ems per character class (DejaVu Sans Book, rounded up). */
const NARROW = /[ijl|!'.,:;·\s]/;
const SEMI = /[ftrI()[\]{}/\\\-"`]/;
const WIDE = /[mwMW@%]/;
const CAPS = /[A-Z0-9#&+=<>?_~$]/;

/** CJK ideographs, kana, Hangul, CJK and full-width punctuation: one em each. */
export function isFullWidth(char: string): boolean {
	const c = char.codePointAt(0) ?? 0;
	return (
		(c >= 0x1100 && c <= 0x115f) ||
		(c >= 0x2e80 && c <= 0xa4cf) ||
		(c >= 0xac00 && c <= 0xd7a3) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xff60) ||
		(c >= 0xffe0 && c <= 0xffe6) ||
		(c >= 0x20000 && c <= 0x3fffd)
	);
}

function ems(char: string): number {
	if (isFullWidth(char)) return 1;
	if (NARROW.test(char)) return 0.34;
	if (SEMI.test(char)) return 0.42;
	if (WIDE.test(char)) return 0.98;
	if (CAPS.test(char)) return 0.72;
	return 0.62;
}

/** Estimated advance width in px of `text` at `size` px; bold adds 12 %. */
export function textWidth(text: string, size: number, bold = false): number {
	let total = 0;
	for (const char of text) total += ems(char);
	return total * size * (bold ? 1.12 : 1);
}

/** Punctuation that must not start a line (Chinese line-breaking rules), kept with the word before it. */
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?)\]]/u;
/** Opening brackets that must not end a line, kept with the word after them. */
const NO_LINE_END = /[（《「『【(\[]$/u;

/** Words for wrapping: Latin runs with their trailing space, each CJK character on its own. */
function breakUnits(text: string): string[] {
	const units: string[] = [];
	for (const match of text.matchAll(/[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+\s*|\s+|./gsu)) {
		const unit = match[0];
		if (units.length && (NO_LINE_START.test(unit) || NO_LINE_END.test(units[units.length - 1]!))) units[units.length - 1] += unit;
		else units.push(unit);
	}
	return units;
}

/**
 * Greedy line breaking of `text` into lines no wider than `maxWidth` (estimated). A single word wider
 * than the line stays whole on its own line: callers check the result with `textWidth`.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of breakUnits(text)) {
		const candidate = line + unit;
		if (line && textWidth(candidate.trimEnd(), size, bold) > maxWidth) {
			lines.push(line.trimEnd());
			line = unit.trimStart();
		} else line = candidate;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}
