import { cleanQuery, isSearchable, retryQuery } from './query';
import { rankCandidates, type Candidate, type RowIndexEntry, type SearchHit } from './rank';

/** The part of Pagefind's API we use (the same in the browser and in Node tests). */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations?: number[];
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

/** How many page results we open to collect rows and sections from. */
export const PAGES_TO_READ = 8;
/** How many hits the UI shows. */
export const MAX_HITS = 12;

export interface SearchOutcome {
	/** The query actually sent (after cleaning, and after the retry if there was one). */
	query: string;
	hits: SearchHit[];
}

/**
 * Runs one search the way the UI does: clean, search, retry a zero-result query
 * with separators as spaces, then flatten sub-results and re-rank rows.
 */
export async function runSearch(pagefind: PagefindApi, rows: ReadonlyMap<string, RowIndexEntry>, input: string): Promise<SearchOutcome> {
	const cleaned = cleanQuery(input);
	if (!isSearchable(cleaned)) return { query: cleaned, hits: [] };
	let query = cleaned;
	let response = await pagefind.search(query);
	if (!response?.results.length) {
		const retry = retryQuery(cleaned);
		if (retry) {
			query = retry;
			response = await pagefind.search(retry);
		}
	}
	const results = response?.results.slice(0, PAGES_TO_READ) ?? [];
	const pages = await Promise.all(results.map(async (r) => ({ score: r.score, data: await r.data() })));
	const candidates: Candidate[] = [];
	pages.forEach(({ score, data }, pageIndex) => {
		const subs = data.sub_results.length ? data.sub_results : [{ title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt }];
		for (const sub of subs) {
			candidates.push({
				url: sub.url,
				title: sub.title,
				excerpt: sub.excerpt,
				anchorId: sub.anchor?.id ?? anchorOf(sub.url),
				anchorElement: sub.anchor?.element,
				pageScore: score,
				order: candidates.length,
				pageIndex,
			});
		}
	});
	// Rank with what the reader typed (the retry only widens the net).
	return { query, hits: rankCandidates(cleaned, candidates, rows).slice(0, MAX_HITS) };
}

function anchorOf(url: string): string | undefined {
	const hash = url.indexOf('#');
	if (hash < 0) return undefined;
	try {
		return decodeURIComponent(url.slice(hash + 1));
	} catch {
		return url.slice(hash + 1);
	}
}

/** Builds the lookup the ranker needs from the JSON the site publishes. */
export function rowIndexFrom(entries: readonly RowIndexEntry[]): Map<string, RowIndexEntry> {
	return new Map(entries.map((entry) => [entry.id, entry]));
}
