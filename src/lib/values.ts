import type { Cell, Row } from '../schemas/row';

/** A cell's values as a list (empty for an explicit `null`). */
export function cellValues(cell: Pick<Cell, 'value'>): string[] {
	if (cell.value === null) return [];
	return Array.isArray(cell.value) ? cell.value : [cell.value];
}

/** A row is "the same" when every shown distro has the identical value list. */
export function rowValuesDiffer(row: Pick<Row, 'values'>, distroIds: readonly string[]): boolean {
	const keys = distroIds.map((id) => JSON.stringify(cellValues(row.values[id] ?? { value: null })));
	return new Set(keys).size > 1;
}

/**
 * A short key of a cell's values (FNV-1a of the value list): equal values, equal keys. Cells carry
 * it in the HTML so the page can tell which rows differ among the columns the reader picked.
 */
export function valueKey(cell: Pick<Cell, 'value'>): string {
	let hash = 0x811c9dc5;
	for (const char of JSON.stringify(cellValues(cell))) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
	return hash.toString(36);
}

/** `2/3` → `{ score: 2, outOf: 3 }`. */
export function parseRating(value: string): { score: number; outOf: number } {
	const [score, outOf] = value.split('/').map(Number);
	return { score: score ?? 0, outOf: outOf ?? 0 };
}

/** Splits text with `backtick` code spans into plain and code parts, for notes written in data. */
export function splitInlineCode(text: string): { code: boolean; text: string }[] {
	return text
		.split(/(`[^`]+`)/)
		.filter((part) => part !== '')
		.map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part }));
}

/**
 * The release to print beside a value, only when it differs from its column's
 * (the column header already names the release every other value was checked against).
 */
export function ownRelease(cellAsOf: string, columnRelease: string): string | undefined {
	return cellAsOf === columnRelease ? undefined : cellAsOf;
}
