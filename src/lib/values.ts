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
 * Each column's value key within one row: the position of the first of the given columns holding
 * the same value list (`0`, `1`, …). Equal values, equal keys, exactly and in one character; cells
 * carry it in the HTML so the page can tell which rows differ among the columns the reader picked.
 */
export function rowValueKeys(row: Pick<Row, 'values'>, distroIds: readonly string[]): Record<string, string> {
	const lists = distroIds.map((id) => JSON.stringify(cellValues(row.values[id] ?? { value: null })));
	return Object.fromEntries(distroIds.map((id, i) => [id, String(lists.indexOf(lists[i]!))]));
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
