/**
 * Which distribution columns a table page shows: the `?d=` parameter (`?d=k3s,rke2`), else the
 * reader's choice earlier in the session, else the site's default pair. Pure, so the head script,
 * the picker and the tests agree.
 */

/** URL parameter that carries the shown distributions. */
export const COLUMNS_PARAM = 'd';
/** sessionStorage key that remembers them while the reader moves between pages. */
export const COLUMNS_KEY = 'distros';

/** The known ids named in a `?d=` value, in column order; undefined when it names none. */
export function parseColumns(value: string | null | undefined, known: readonly string[]): string[] | undefined {
	if (!value) return undefined;
	const named = new Set(value.split(/[\s,]+/).map((id) => id.trim().toLowerCase()));
	const shown = known.filter((id) => named.has(id));
	return shown.length ? shown : undefined;
}

/** What the page shows: the URL's choice, else the session's, else the defaults. */
export function resolveColumns(known: readonly string[], defaults: readonly string[], fromUrl?: string | null, fromSession?: string | null): string[] {
	return parseColumns(fromUrl, known) ?? parseColumns(fromSession, known) ?? known.filter((id) => defaults.includes(id));
}

/** The `?d=` value for a choice, or undefined when it is the default (URLs stay clean). */
export function columnsParam(shown: readonly string[], known: readonly string[], defaults: readonly string[]): string | undefined {
	const ordered = known.filter((id) => shown.includes(id));
	const isDefault = ordered.length === defaults.length && ordered.every((id) => defaults.includes(id));
	return isDefault ? undefined : ordered.join(',');
}

/** A row differs when the shown columns do not all hold the same value (each cell's value key). */
export function differsAmong(keys: readonly (string | undefined)[]): boolean {
	return new Set(keys).size > 1;
}
