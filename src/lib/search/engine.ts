import type { SearchEntry } from './entries';
import { previewValues, type ValuePreview } from './preview';
import { analyzeQuery, comparisonAsked, isSearchable, retryQuery, type AnalyzedQuery } from './query';
import type { RowMatch, RowSearch } from './rows';
import { hasHan, tokenize } from './tokenize';

/** The part of Pagefind's API we use (the same in the browser and in Node tests). */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { element: string; id: string };
}
export interface PagefindData {
	url: string;
	meta: Record<string, string | undefined>;
	excerpt: string;
	sub_results: PagefindSubResult[];
}
export interface PagefindResult {
	score: number;
	data(): Promise<PagefindData>;
}
export interface PagefindApi {
	search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** How many page results we open to collect sections from. */
export const PAGES_TO_READ = 6;
/** How many hits the UI shows. */
export const MAX_HITS = 12;

/** One entry of the result list. */
export interface SearchHit {
	/** An entry kind (`row`, `group`, `note`, …) from the row search, or `section` from Pagefind. */
	kind: string;
	/** Link target, base included. */
	url: string;
	/** The row's label, or "Page — Section" for a section. */
	title: string;
	/** The page an entry is on. */
	pageTitle?: string;
	/** Rows: every distribution's value, side by side, at the step that matched. */
	values?: ValuePreview[];
	/** Sections: Pagefind's excerpt (text with `<mark>` only). */
	excerpt?: string;
	/** The hit comes from the other edition (a Chinese query on the English site, or the reverse). */
	otherEdition?: boolean;
}

export interface SearchOutcome {
	/** What the reader typed, cleaned. */
	query: string;
	/** What the reader typed, trimmed (shown back as text, never as markup). */
	typed: string;
	/** The spelling searched for when a word was not in the index ("Showing results for traefik"). */
	corrected?: string;
	hits: SearchHit[];
	/** Whether the other edition was searched too, and whether it added hits. */
	otherEditionSearched: boolean;
}

/** One edition's searchers. Pagefind is optional: the row search answers first, pages follow. */
export interface EditionSearch {
	rows: RowSearch;
	/** Gets Pagefind, called only when a query leaves room for page sections (so it can load then). */
	pagefind?: () => Promise<PagefindApi>;
	/** Deploy base (`/`), prefixed to entry paths. */
	base: string;
}

function withBase(base: string, path: string): string {
	return `${base.replace(/\/$/, '')}${path}`;
}

function entryHit(match: RowMatch, analyzed: AnalyzedQuery, query: string, base: string, otherEdition = false): SearchHit {
	const entry: SearchEntry = match.entry;
	return {
		kind: entry.kind,
		url: withBase(base, entry.path),
		title: entry.label,
		pageTitle: entry.pageTitle,
		values: entry.kind === 'row' ? previewValues(entry, query, analyzed.distros) : undefined,
		...(otherEdition ? { otherEdition } : {}),
	};
}

/** The row search part alone: fast and synchronous, shown before page results arrive. */
export function searchRows(rows: RowSearch, input: string, base: string): { analyzed: AnalyzedQuery; corrected?: string; strong: SearchHit[]; weak: SearchHit[] } {
	const analyzed = analyzeQuery(input, rows.distroNames);
	if (!isSearchable(analyzed.cleaned)) return { analyzed, strong: [], weak: [] };
	const { matches, corrected } = rows.search(analyzed.text, analyzed.distros, analyzed.pageText, { preferPaths: analyzed.asksWhere });
	const query = corrected ?? analyzed.text;
	// A query asking only to compare distributions (`k3s vs rke2`, `k0s vs k3s vs rke2`) opens with their
	// pair page, or with Compare showing just those columns.
	const comparison = rows.comparisonFor(comparisonAsked(input, rows.distroNames) ?? []);
	const comparisonHit = comparison ? [entryHit({ entry: comparison, score: 0, strong: true }, analyzed, query, base)] : [];
	return {
		analyzed,
		corrected,
		strong: [...comparisonHit, ...matches.filter((m) => m.strong).map((m) => entryHit(m, analyzed, query, base))],
		weak: matches.filter((m) => !m.strong).map((m) => entryHit(m, analyzed, query, base)),
	};
}

/** Pagefind's sections for a query: "Page — Section" titles; rows it finds become entry hits from the row index. */
async function searchPages(pagefind: PagefindApi, query: string, rows: RowSearch, base: string): Promise<{ headings: SearchHit[]; paragraphs: SearchHit[]; rows: SearchHit[] }> {
	let response = await pagefind.search(query);
	if (!response?.results.length) {
		const retry = retryQuery(query);
		if (retry) response = await pagefind.search(retry);
	}
	const pages = await Promise.all((response?.results ?? []).slice(0, PAGES_TO_READ).map((r) => r.data()));
	const terms = tokenize(query);
	const byPath = new Map(rows.entries.map((e) => [withBase(base, e.path), e]));
	const out = { headings: [] as SearchHit[], paragraphs: [] as SearchHit[], rows: [] as SearchHit[] };
	for (const page of pages) {
		const pageTitle = page.meta.title ?? page.url;
		const subs = page.sub_results.length ? page.sub_results : [{ title: pageTitle, url: page.url, excerpt: page.excerpt }];
		for (const sub of subs) {
			const entry = byPath.get(sub.url);
			if (entry?.kind === 'row') {
				out.rows.push({ kind: 'row', url: sub.url, title: entry.label, pageTitle: entry.pageTitle, values: previewValues(entry, query) });
				continue;
			}
			const isPageTitle = sub.title === pageTitle || sub.anchor?.element === 'h1';
			const hit: SearchHit = { kind: 'section', url: sub.url, title: isPageTitle ? pageTitle : `${pageTitle} — ${sub.title}`, excerpt: sub.excerpt };
			const heading = tokenize(sub.title);
			(terms.some((t) => heading.some((w) => w.startsWith(t))) ? out.headings : out.paragraphs).push(hit);
		}
	}
	return out;
}

function unique(hits: readonly SearchHit[]): SearchHit[] {
	const seen = new Set<string>();
	return hits.filter((h) => !seen.has(h.url) && !!seen.add(h.url));
}

/**
 * Runs one search the way the UI does. Order: entries whose label, aliases or values hold every
 * word of the query (rows, table sections, notes); then sections whose heading matches; then
 * sections that only mention it; then entries matching some words. A query in the other edition's
 * script (Chinese on the English site), or one that finds nothing, also searches the other edition.
 */
export async function runSearch(own: EditionSearch, input: string, other?: () => Promise<EditionSearch>, ownLang = 'en'): Promise<SearchOutcome> {
	const rowPart = searchRows(own.rows, input, own.base);
	const { analyzed, corrected } = rowPart;
	if (!isSearchable(analyzed.cleaned)) return { query: analyzed.cleaned, typed: input.trim(), hits: [], otherEditionSearched: false };
	const pageQuery = corrected ?? analyzed.pageText;
	const strong = unique(rowPart.strong);
	// Page sections rank below the strong entries: when those fill the list, Pagefind is not asked (nor loaded).
	const roomForPages = strong.length < MAX_HITS;
	const pages = own.pagefind && roomForPages ? await searchPages(await own.pagefind(), pageQuery, own.rows, own.base) : { headings: [], paragraphs: [], rows: [] };
	let hits = unique([...strong, ...pages.headings, ...pages.paragraphs, ...rowPart.weak, ...pages.rows]);
	let otherEditionSearched = false;
	if (other && (hits.length === 0 || (ownLang !== 'zh' && hasHan(analyzed.cleaned)))) {
		otherEditionSearched = true;
		const theirs = await other();
		const found = searchRows(theirs.rows, input, theirs.base);
		hits = unique([...hits, ...found.strong.map((h) => ({ ...h, otherEdition: true }))]);
	}
	return { query: analyzed.cleaned, typed: input.trim(), corrected, hits: hits.slice(0, MAX_HITS), otherEditionSearched };
}
