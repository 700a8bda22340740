// Search ranking and the search run, with a fake Pagefind that returns fixed results.
import { describe, expect, it, vi } from 'vitest';
import { MAX_HITS, PAGES_TO_READ, rowIndexFrom, runSearch, type PagefindApi, type PagefindData, type PagefindResult } from '../../src/lib/search/engine';
import { MAX_QUERY_LENGTH, cleanQuery } from '../../src/lib/search/query';
import { bestValue, matchedWords, phraseScore, rankCandidates, type Candidate, type RowIndexEntry, type SearchHit } from '../../src/lib/search/rank';

// ---------------------------------------------------------------------------
// Fixtures

function row(id: string, label: string, values: Record<string, string[]>, aliases: string[] = [], pageTitle = 'Commands'): RowIndexEntry {
	return { id, label, pageTitle, path: `/commands/#${id}`, values, aliases };
}

const ROWS: RowIndexEntry[] = [
	row('cmd-backup', 'Take a backup or snapshot', { k0s: ['k0s backup --save-path=<dir>'], k3s: ['k3s etcd-snapshot save'] }, ['etcd-snapshot', 'snapshot']),
	row('cmd-kubeconfig-user', 'Create a kubeconfig for a user', { k0s: ['k0s kubeconfig create <username> --groups <group>'], k3s: [] }),
	row('cmd-kubeconfig-admin', 'Print the admin kubeconfig', { k0s: ['k0s kubeconfig admin'], k3s: ['cat /etc/rancher/k3s/k3s.yaml'] }),
	row('kubeconfig', 'Admin kubeconfig', { k0s: ['/var/lib/k0s/pki/admin.conf'], k3s: ['/etc/rancher/k3s/k3s.yaml'] }, ['admin.conf', 'k3s.yaml'], 'Paths'),
	row('data-dir', 'Data directory', { k0s: ['/var/lib/k0s'], k3s: ['/var/lib/rancher/k3s'] }, ['datadir'], 'Paths'),
	row('registry-config', 'Registry mirrors and credentials', { k0s: ['/etc/k0s/containerd.d/*.toml'], k3s: ['/etc/rancher/k3s/registries.yaml'] }, ['registry.yaml'], 'Paths'),
	row('mirror-note', 'Mirror setup', { k0s: ['registry mirrors'], k3s: ['registry mirrors'] }, [], 'Compare'),
];
const ROW_INDEX = rowIndexFrom(ROWS);

function rowById(id: string): RowIndexEntry {
	const found = ROW_INDEX.get(id);
	if (!found) throw new Error(`no row ${id}`);
	return found;
}

/** A sub-result of a page: its anchor is a row id, or a prose section id. */
interface FakeSub {
	anchor: string;
	title?: string;
	excerpt?: string;
}

interface FakePage {
	url: string;
	score: number;
	title?: string;
	excerpt?: string;
	subs: FakeSub[];
}

function pageData(page: FakePage): PagefindData {
	return {
		url: page.url,
		meta: { title: page.title ?? page.url },
		excerpt: page.excerpt ?? '',
		sub_results: page.subs.map((sub) => ({
			url: `${page.url}#${sub.anchor}`,
			title: sub.title ?? sub.anchor,
			excerpt: sub.excerpt ?? '',
			anchor: { element: 'tr', id: sub.anchor },
		})),
	};
}

/** A fake Pagefind answering from a table of query → pages; unknown queries get no results. */
function fakePagefind(answers: Record<string, FakePage[]>, fallback: FakePage[] = []) {
	const opened: string[] = [];
	const search = vi.fn(async (query: string): Promise<{ results: PagefindResult[] }> => ({
		results: (answers[query] ?? fallback).map(
			(page): PagefindResult => ({
				score: page.score,
				data: async () => {
					opened.push(page.url);
					return pageData(page);
				},
			}),
		),
	}));
	const api: PagefindApi = { search };
	return { api, search, opened };
}

function candidate(anchorId: string | undefined, pageIndex: number, order: number, pageScore = 1, title = anchorId ?? 'Section'): Candidate {
	return { url: `/p${pageIndex}/#${anchorId ?? 'section'}`, title, excerpt: `about <mark>${title}</mark>`, anchorId, pageScore, order, pageIndex };
}

const describeHit = (hit: SearchHit) => (hit.kind === 'row' ? `row:${hit.url.replace(/^.*#/, '')}` : `page:${hit.title}`);

// ---------------------------------------------------------------------------

describe('phraseScore and matchedWords', () => {
	it('scores an exact value, label or alias 3, a value that contains the query 2, a label or alias that contains it 1, else 0', () => {
		expect(phraseScore('k0s kubeconfig admin', rowById('cmd-kubeconfig-admin'))).toBe(3);
		expect(phraseScore('snapshot', rowById('cmd-backup'))).toBe(3);
		expect(phraseScore('datadir', rowById('data-dir'))).toBe(3);
		expect(phraseScore('k0s kubeconfig create', rowById('cmd-kubeconfig-user'))).toBe(2);
		expect(phraseScore('data dir', rowById('data-dir'))).toBe(3);
		expect(phraseScore('directory', rowById('data-dir'))).toBe(1);
		expect(phraseScore('kubeconfig', rowById('data-dir'))).toBe(0);
	});

	it('prefers the row whose label is about the query among rows tagged with it', () => {
		const hits = rankCandidates('data', [candidate('cmd-backup', 0, 0, 5), candidate('data-dir', 0, 1, 1)], ROW_INDEX);
		expect(hits[0]!.url).toContain('data-dir');
	});

	it('counts the distinct query words found in the row', () => {
		expect(matchedWords('k0s kubeconfig create', rowById('cmd-backup'))).toBe(1);
		expect(matchedWords('k0s kubeconfig create', rowById('cmd-kubeconfig-user'))).toBe(3);
	});
});

describe('bestValue', () => {
	it('picks the distro value that matches the query', () => {
		expect(bestValue('k3s.yaml', rowById('kubeconfig'))).toEqual({ distro: 'k3s', value: '/etc/rancher/k3s/k3s.yaml' });
		expect(bestValue('admin.conf', rowById('kubeconfig'))).toEqual({ distro: 'k0s', value: '/var/lib/k0s/pki/admin.conf' });
	});

	it('prefers the exact value over a longer one that contains it', () => {
		const r = row('server', 'Start a server', { k3s: ['k3s server --cluster-init', 'k3s server'] });
		expect(bestValue('k3s server', r)).toEqual({ distro: 'k3s', value: 'k3s server' });
	});

	it('gives nothing for a row without values', () => {
		expect(bestValue('anything', row('empty', 'Empty', { k0s: [], k3s: [] }))).toBeUndefined();
	});
});

describe('rankCandidates', () => {
	it('puts an exact value above a containing value above a shared word, whatever the input order', () => {
		const rows = rowIndexFrom([
			row('shares-word', 'Backup', { k0s: ['k0s backup'] }),
			row('contains', 'User kubeconfig', { k0s: ['k0s kubeconfig create <username>'] }),
			row('exact', 'Kubeconfig', { k0s: ['k0s kubeconfig create'] }),
		]);
		const hits = rankCandidates('k0s kubeconfig create', [candidate('shares-word', 0, 0), candidate('contains', 0, 1), candidate('exact', 0, 2)], rows);
		expect(hits.map(describeHit)).toEqual(['row:exact', 'row:contains', 'row:shares-word']);
		expect(hits.map((h) => h.score.phrase)).toEqual([3, 2, 0]);
	});

	it('among rows that only share words, more shared words rank higher', () => {
		const hits = rankCandidates('k0s kubeconfig admin', [candidate('cmd-backup', 0, 0), candidate('cmd-kubeconfig-user', 0, 1)], ROW_INDEX);
		expect(hits.map(describeHit)).toEqual(['row:cmd-kubeconfig-user', 'row:cmd-backup']);
	});

	it('technical queries: strong row hits, then pages, then rows that only share a word', () => {
		const hits = rankCandidates(
			'k3s.yaml',
			[
				candidate(undefined, 0, 0, 5, 'Getting started'),
				candidate('data-dir', 0, 1, 5),
				candidate(undefined, 1, 2, 3, 'Access the cluster'),
				candidate('kubeconfig', 1, 3, 3),
			],
			ROW_INDEX,
		);
		expect(hits.map(describeHit)).toEqual(['row:kubeconfig', 'page:Getting started', 'page:Access the cluster', 'row:data-dir']);
	});

	it('technical queries: among rows that contain the query, the one whose value it covers most wins over page score', () => {
		const hits = rankCandidates('k3s.yaml', [candidate('cmd-kubeconfig-admin', 0, 0, 9), candidate('kubeconfig', 1, 1, 1)], ROW_INDEX);
		expect(hits.map(describeHit)).toEqual(['row:kubeconfig', 'row:cmd-kubeconfig-admin']);
	});

	it("plain-word queries keep Pagefind's page order (after exact matches) and re-rank only within a page", () => {
		const hits = rankCandidates(
			'registry mirrors',
			[
				candidate('data-dir', 0, 0, 5),
				candidate(undefined, 0, 1, 5, 'Registries'),
				candidate('registry-config', 0, 2, 5),
				candidate('mirror-note', 1, 3, 2),
			],
			ROW_INDEX,
		);
		// An exact value match (`mirror-note`) is hoisted above everything; the rest keeps page order,
		// and within page 0 the row whose label contains the query comes before prose, prose before weak rows.
		expect(hits.map(describeHit)).toEqual(['row:mirror-note', 'row:registry-config', 'page:Registries', 'row:data-dir']);
	});

	it('a note titled exactly like the query (or by the name in its parentheses) comes before rows that list it', () => {
		const note = (title: string): Candidate => ({ ...candidate(undefined, 1, 5, 1, title), anchorElement: 'h1', url: '/components/x/#x' });
		const row = candidate('cmd-backup', 0, 0, 9);
		for (const [query, title] of [['snapshot', 'Snapshot'], ['klipper-lb', 'ServiceLB (klipper-lb)'], ['servicelb', 'ServiceLB (klipper-lb)']]) {
			const hits = rankCandidates(query!, [row, note(title!)], ROW_INDEX);
			expect(hits[0]!.kind, `${query} → ${hits.map(describeHit).join(', ')}`).toBe('page');
		}
	});

	it('a section heading named like the query comes after rows that hold it exactly', () => {
		const section: Candidate = { ...candidate(undefined, 0, 1, 9, 'snapshot'), anchorElement: 'h2' };
		const hits = rankCandidates('snapshot', [section, candidate('cmd-backup', 1, 2, 1)], ROW_INDEX);
		expect(hits.map(describeHit)).toEqual(['row:cmd-backup', 'page:snapshot']);
	});

	it('a candidate whose anchor is not a row is a page hit with its excerpt', () => {
		const [hit] = rankCandidates('etcd', [candidate('no-such-row', 0, 0, 1, 'Datastore')], ROW_INDEX);
		expect(hit).toMatchObject({ kind: 'page', title: 'Datastore', excerpt: 'about <mark>Datastore</mark>' });
	});

	it('a row hit carries its label, page title and matched value', () => {
		const [hit] = rankCandidates('k3s.yaml', [candidate('kubeconfig', 0, 0)], ROW_INDEX);
		expect(hit).toMatchObject({ kind: 'row', title: 'Admin kubeconfig', pageTitle: 'Paths', matched: { distro: 'k3s', value: '/etc/rancher/k3s/k3s.yaml' } });
	});
});

describe('runSearch', () => {
	const commandsPage: FakePage = { url: '/commands/', score: 2, subs: [{ anchor: 'cmd-backup' }, { anchor: 'cmd-kubeconfig-user' }] };

	it('ranks a row whose value matches the query above one that only shares a word, even when it came later', async () => {
		const { api } = fakePagefind({ 'k0s kubeconfig create': [commandsPage] });
		const { hits } = await runSearch(api, ROW_INDEX, 'k0s kubeconfig create');
		expect(hits.map(describeHit)).toEqual(['row:cmd-kubeconfig-user', 'row:cmd-backup']);
		expect(hits[0]!.matched).toEqual({ distro: 'k0s', value: 'k0s kubeconfig create <username> --groups <group>' });
	});

	it('retries a zero-result query with separators as spaces and returns the retry', async () => {
		const registryPage: FakePage = { url: '/paths/', score: 1, subs: [{ anchor: 'registry-config' }] };
		const { api, search } = fakePagefind({ 'registry.yaml': [], 'registry yaml': [registryPage] });
		const outcome = await runSearch(api, ROW_INDEX, 'registry.yaml');
		expect(search.mock.calls.map(([q]) => q)).toEqual(['registry.yaml', 'registry yaml']);
		expect(outcome.query).toBe('registry yaml');
		expect(outcome.hits.map(describeHit)).toEqual(['row:registry-config']);
	});

	it('retries when Pagefind answers null', async () => {
		const search = vi.fn(async (query: string) => (query === '10 43' ? { results: [] } : null));
		const outcome = await runSearch({ search }, ROW_INDEX, '10.43');
		expect(search).toHaveBeenCalledTimes(2);
		expect(outcome).toEqual({ query: '10 43', hits: [] });
	});

	it('does not retry a query that found something', async () => {
		const { api, search } = fakePagefind({ 'k0s kubeconfig create': [commandsPage] });
		const outcome = await runSearch(api, ROW_INDEX, '  k0s   kubeconfig create ');
		expect(search).toHaveBeenCalledTimes(1);
		expect(outcome.query).toBe('k0s kubeconfig create');
	});

	it('sends the cleaned query (no =, single spaces)', async () => {
		const { api, search } = fakePagefind({});
		await runSearch(api, ROW_INDEX, 'K3S_KUBECONFIG_MODE=644');
		expect(search.mock.calls[0]![0]).toBe('K3S_KUBECONFIG_MODE 644');
	});

	it('turns a page without sections into one page hit', async () => {
		const page: FakePage = { url: '/about/', score: 1, title: 'About', excerpt: 'the <mark>etcd</mark> story', subs: [] };
		const { api } = fakePagefind({ etcd: [page] });
		const { hits } = await runSearch(api, ROW_INDEX, 'etcd');
		expect(hits).toHaveLength(1);
		expect(hits[0]).toMatchObject({ kind: 'page', url: '/about/', title: 'About', excerpt: 'the <mark>etcd</mark> story' });
	});

	it('finds the row from the URL hash when Pagefind gives no anchor, keeping the base', async () => {
		const search = vi.fn(async () => ({
			results: [
				{
					score: 1,
					data: async (): Promise<PagefindData> => ({
						url: '/sub/paths/',
						meta: { title: 'Paths' },
						excerpt: '',
						sub_results: [{ url: '/sub/paths/#kubeconfig', title: 'Admin kubeconfig', excerpt: '' }],
					}),
				},
			],
		}));
		const { hits } = await runSearch({ search }, ROW_INDEX, 'k3s.yaml');
		expect(hits[0]).toMatchObject({ kind: 'row', url: '/sub/paths/#kubeconfig', title: 'Admin kubeconfig' });
	});

	it(`opens at most ${PAGES_TO_READ} pages and returns at most ${MAX_HITS} hits`, async () => {
		const pages: FakePage[] = Array.from({ length: PAGES_TO_READ + 4 }, (_, i) => ({
			url: `/p${i}/`,
			score: 1,
			subs: [{ anchor: `a${i}` }, { anchor: `b${i}` }],
		}));
		const { api, opened } = fakePagefind({ etcd: pages });
		const { hits } = await runSearch(api, ROW_INDEX, 'etcd');
		expect(opened).toHaveLength(PAGES_TO_READ);
		expect(hits).toHaveLength(MAX_HITS);
	});

	it.each(['', '   ', '/.-:', '!!!', '\n\t'])('returns no hits for %j and never calls search', async (input) => {
		const { api, search } = fakePagefind({}, [commandsPage]);
		const outcome = await runSearch(api, ROW_INDEX, input);
		expect(outcome.hits).toEqual([]);
		expect(search).not.toHaveBeenCalled();
	});

	describe('hostile or unusual input never throws', () => {
		const everything: FakePage[] = [
			commandsPage,
			{ url: '/paths/', score: 1, subs: [{ anchor: 'kubeconfig' }, { anchor: 'intro', title: 'Intro', excerpt: '<mark>x</mark>' }] },
		];

		it('a 1,000-character input is searched capped', async () => {
			const input = 'k3s '.repeat(250);
			const { api, search } = fakePagefind({ [cleanQuery(input)]: everything });
			const outcome = await runSearch(api, ROW_INDEX, input);
			expect(search.mock.calls[0]![0].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
			expect(outcome.hits.length).toBeGreaterThan(0);
		});

		// The fake answers only the cleaned query, so hits prove the input was cleaned, searched and ranked
		// (ranking builds patterns from the query words) without throwing; the hits come from the index, never the input.
		it.each(['<img src=x onerror=alert(1)>', 'k3s.*+?^${}()|[]\\', '🚀🔥 k3s', '网络插件', '\u0000k3s\u202e'])('%j', async (input) => {
			const { api, search } = fakePagefind({ [cleanQuery(input)]: everything });
			const outcome = await runSearch(api, ROW_INDEX, input);
			expect(search).toHaveBeenCalledWith(cleanQuery(input));
			expect(search.mock.calls[0]![0]).not.toMatch(/[<>]/);
			expect(outcome.hits.length).toBeGreaterThan(0);
			for (const hit of outcome.hits) {
				expect(['row', 'page']).toContain(hit.kind);
				expect(`${hit.title} ${hit.excerpt ?? ''}`).not.toContain('onerror');
			}
		});

		it('regex metacharacters alone are not searched', async () => {
			const { api, search } = fakePagefind({}, everything);
			const outcome = await runSearch(api, ROW_INDEX, '.*+?^${}()|[]\\');
			expect(outcome.hits).toEqual([]);
			expect(search).not.toHaveBeenCalled();
		});
	});
});
