import { isTechnicalQuery, normalize, queryWords } from './query';

/** What the search UI knows about a row, from `/search-rows.json`. */
export interface RowIndexEntry {
	id: string;
	label: string;
	/** Title of the page the row is on. */
	pageTitle: string;
	/** Site path with anchor, without base: `/paths/#kubeconfig`. */
	path: string;
	/** Values by distro name. */
	values: Record<string, string[]>;
	aliases: string[];
}

/** One entry of the result list. */
export interface SearchHit {
	kind: 'row' | 'page';
	/** Link target (as Pagefind returned it, base included). */
	url: string;
	title: string;
	/** Row hits: the page the row is on. */
	pageTitle?: string;
	/** Row hits: the value that matched best, e.g. `{ distro: 'k3s', value: '/etc/rancher/k3s/k3s.yaml' }`. */
	matched?: { distro: string; value: string };
	/** Page hits: Pagefind's excerpt (text with `<mark>` only). */
	excerpt?: string;
	/** Page hits: the page's own title (`h1`) rather than a section. */
	isPageTitle?: boolean;
	/** Ranking signals, kept for tests and debugging. */
	score: { phrase: number; coverage: number; label: number; words: number; page: number; order: number };
}

/** A candidate before sorting: Pagefind's sub-result or page, joined with the row index. */
export interface Candidate {
	url: string;
	title: string;
	excerpt: string;
	anchorId?: string;
	/** Tag of the anchor element (`h1`, `h2`, `tr`), when Pagefind reports it. */
	anchorElement?: string;
	pageScore: number;
	/** Position in Pagefind's order (page rank, then document order). */
	order: number;
	/** Index of the page result this candidate came from. */
	pageIndex: number;
}

/** A row's text, normalized once and reused for every query (the index lives as long as the page). */
interface NormalizedRow {
	values: string[];
	names: string[];
	label: string;
	words: string[];
	whole: string;
}
const normalizedRows = new WeakMap<RowIndexEntry, NormalizedRow>();

function normalizedOf(row: RowIndexEntry): NormalizedRow {
	let n = normalizedRows.get(row);
	if (!n) {
		const all = [row.label, ...Object.values(row.values).flat(), ...row.aliases];
		n = {
			values: Object.values(row.values).flat().map(normalize),
			names: [row.label, ...row.aliases].map(normalize),
			label: normalize(row.label),
			words: all.join(' ').split(/[\s/.\-:=,_<>()`'"]+/).map(normalize).filter(Boolean),
			whole: normalize(all.join(' ')),
		};
		normalizedRows.set(row, n);
	}
	return n;
}

/**
 * How well a row's own text matches: 3 the query is exactly a value, the label or an alias
 * (`/etc/rancher/k3s/k3s.yaml`, `网络插件`); 2 a value contains it; 1 the label or an alias contains it.
 */
export function phraseScore(query: string, row: RowIndexEntry): number {
	const q = normalize(query);
	if (!q) return 0;
	const { values, names } = normalizedOf(row);
	if (values.includes(q) || names.includes(q)) return 3;
	if (values.some((v) => v.includes(q))) return 2;
	if (names.some((t) => t.includes(q))) return 1;
	return 0;
}

/**
 * How much of the best-matching value the query covers (0–1): `k0s.yaml` covers half of
 * `/etc/k0s/k0s.yaml` but a small part of a long command that merely mentions the file.
 */
export function coverage(query: string, row: RowIndexEntry): number {
	const q = normalize(query);
	if (!q) return 0;
	const shares = normalizedOf(row)
		.values.filter((v) => v.includes(q))
		.map((v) => q.length / v.length);
	return shares.length ? Math.max(...shares) : 0;
}

/** How much of the row's label the query is (0–1): among rows tagged with the same word, the one about it wins. */
export function labelCoverage(query: string, row: RowIndexEntry): number {
	const q = normalize(query);
	const { label } = normalizedOf(row);
	return q && label.includes(q) ? q.length / label.length : 0;
}

/** Number of distinct query words that start a word in the row's label, values or aliases. */
export function matchedWords(query: string, row: RowIndexEntry): number {
	const { words, whole } = normalizedOf(row);
	return queryWords(query).filter((word) => words.some((h) => h.startsWith(word)) || whole.includes(word)).length;
}

/** The value to show next to a row hit: the one the query matches best. */
export function bestValue(query: string, row: RowIndexEntry): { distro: string; value: string } | undefined {
	const q = normalize(query);
	const words = queryWords(query);
	let best: { distro: string; value: string; score: number } | undefined;
	for (const [distro, values] of Object.entries(row.values)) {
		for (const value of values) {
			const v = normalize(value);
			const score = (v === q ? 100 : 0) + (q && v.includes(q) ? 50 : 0) + words.filter((w) => v.includes(w)).length;
			if (!best || score > best.score) best = { distro, value, score };
		}
	}
	return best ? { distro: best.distro, value: best.value } : undefined;
}

/** Turns candidates into ranked hits. Rows are ordered by phrase, words, page score; pages keep Pagefind's order. */
export function rankCandidates(query: string, candidates: readonly Candidate[], rows: ReadonlyMap<string, RowIndexEntry>): SearchHit[] {
	const hits = candidates.map((c): SearchHit => {
		const row = c.anchorId ? rows.get(c.anchorId) : undefined;
		if (row) {
			return {
				kind: 'row',
				url: c.url,
				title: row.label,
				pageTitle: row.pageTitle,
				matched: bestValue(query, row),
				score: {
					phrase: phraseScore(query, row),
					coverage: coverage(query, row),
					label: labelCoverage(query, row),
					words: matchedWords(query, row),
					page: c.pageScore,
					order: c.order,
				},
			};
		}
		// A section whose title is the query (a component note's name) counts like a row value.
		// "ServiceLB (klipper-lb)" is named both ServiceLB and klipper-lb.
		const title = normalize(c.title);
		const names = /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/.exec(c.title)?.slice(1).map(normalize) ?? [title];
		const q = normalize(query);
		const titlePhrase = q && (title === q || names.includes(q)) ? 3 : q.length >= 3 && title.includes(q) ? 2 : 0;
		return {
			kind: 'page',
			url: c.url,
			title: c.title,
			excerpt: c.excerpt,
			isPageTitle: c.anchorElement === 'h1',
			score: { phrase: titlePhrase, coverage: titlePhrase ? q.length / title.length : 0, label: 0, words: 0, page: c.pageScore, order: c.order },
		};
	});
	const byRowRelevance = (a: SearchHit, b: SearchHit) =>
		b.score.phrase - a.score.phrase ||
		b.score.coverage - a.score.coverage ||
		b.score.label - a.score.label ||
		b.score.words - a.score.words ||
		b.score.page - a.score.page ||
		a.score.order - b.score.order;
	// A row or section title that contains the query beats other prose; prose beats rows that only share words with it.
	const arrange = (list: SearchHit[]) => {
		const strong = list.filter((h) => h.score.phrase > 0).sort(byRowRelevance);
		const prose = list.filter((h) => h.kind === 'page' && h.score.phrase === 0).sort((a, b) => a.score.order - b.score.order);
		const weak = list.filter((h) => h.kind === 'row' && h.score.phrase === 0).sort(byRowRelevance);
		return [...strong, ...prose, ...weak];
	};

	// A row holding exactly what was typed (or a note named exactly that) is the answer, whatever the query looks like.
	// A note titled exactly like the query comes first, then rows holding it, then sections named like it.
	const exactRank = (h: SearchHit) => (h.isPageTitle ? 0 : h.kind === 'row' ? 1 : 2);
	const exact = hits.filter((h) => h.score.phrase === 3).sort((a, b) => exactRank(a) - exactRank(b) || byRowRelevance(a, b));
	const rest = hits.filter((h) => h.score.phrase !== 3);
	if (isTechnicalQuery(query)) return [...exact, ...arrange(rest)];
	// Plain words: keep Pagefind's page order, re-rank within each page only.
	const byPage = new Map<number, SearchHit[]>();
	candidates.forEach((c, i) => {
		if (hits[i]!.score.phrase !== 3) byPage.set(c.pageIndex, [...(byPage.get(c.pageIndex) ?? []), hits[i]!]);
	});
	return [...exact, ...[...byPage.keys()].sort((a, b) => a - b).flatMap((key) => arrange(byPage.get(key)!))];
}
