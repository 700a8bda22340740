/** Longest query we send to Pagefind; longer input is cut (it cannot match anything better). */
export const MAX_QUERY_LENGTH = 200;

/** Separators that Pagefind strips from queries but that make a path or command one word. */
const SEPARATORS = /[/.\-:=,]+/g;

/**
 * Symbols Pagefind keeps in a query but drops when indexing, so a query containing
 * them could never match: `=` (`K3S_TOKEN=…`), placeholder brackets (`<username>`),
 * pipes, `$` and quotes inside commands. (A query wrapped whole in double quotes is
 * Pagefind's exact-phrase mode and is kept.)
 */
const INDEX_DROPPED = /[=<>|$`']/g;

/** Cleans what the reader typed: trims, turns index-dropped symbols into spaces, collapses whitespace and caps the length. */
export function cleanQuery(input: string): string {
	const trimmed = input.trim();
	const quoted = /^".+"$/.test(trimmed);
	const cleaned = trimmed.replace(INDEX_DROPPED, ' ').replace(quoted ? /(?!)/ : /"/g, ' ').replace(/\s+/g, ' ').trim();
	return cleaned.slice(0, MAX_QUERY_LENGTH).trim();
}

/** The retry for a zero-result query: separators turned into spaces (`registry.yaml` → `registry yaml`). */
export function retryQuery(cleaned: string): string | undefined {
	if (!/[/.\-:=,]/.test(cleaned)) return undefined;
	const spaced = cleaned.replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
	return spaced && spaced !== cleaned ? spaced : undefined;
}

/**
 * A query that looks like a path, command, flag, address, port or version: rank rows globally.
 * Digits inside a word (`k3s`) do not count; a word that starts with a digit (`6443`, `10.43`) does.
 */
export function isTechnicalQuery(cleaned: string): boolean {
	return /[/.\-_:=]|(^|\s)\d/.test(cleaned);
}

/** Lower-case letters and digits only (any script), the way Pagefind compares words. */
export function normalize(text: string): string {
	return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}_]+/gu, '');
}

/** The words of a query, split at spaces and separators, normalized, without duplicates. */
export function queryWords(cleaned: string): string[] {
	return [...new Set(cleaned.split(/[\s/.\-:=,]+/).map(normalize).filter(Boolean))];
}

/** Whether a query has anything searchable left (not only punctuation or spaces). */
export function isSearchable(cleaned: string): boolean {
	return /[\p{L}\p{N}]/u.test(cleaned);
}
