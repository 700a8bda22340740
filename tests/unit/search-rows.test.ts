// The row search over a small fixture: exact values first, rows with a value for a named
// distribution first, typo correction only for unknown words, previews at the matching step.
import { describe, expect, it } from 'vitest';
import type { SearchEntry } from '../../src/lib/search/entries';
import { columnChoices, columnEntries } from '../../src/lib/search-rows';
import type { Distro } from '../../src/schemas/distro';
import { adjacentSwaps, allowedEdits, commandOf, RowSearch, stem } from '../../src/lib/search/rows';
import { previewValues } from '../../src/lib/search/preview';
import { statusMessage } from '../../src/lib/search/messages';
import { MAX_HITS, runSearch, type PagefindApi } from '../../src/lib/search/engine';
import { en } from '../../src/i18n/en';

const row = (id: string, label: string, values: Record<string, string[]>, aliases: string[] = [], section = 'Files'): SearchEntry => ({ id, kind: 'row', label, pageTitle: 'Paths', section, path: `/paths/#${id}`, values, aliases });
const entries: SearchEntry[] = [
	row('kubeconfig', 'Admin kubeconfig', { k0s: ['/var/lib/k0s/pki/admin.conf'], k3s: ['/etc/rancher/k3s/k3s.yaml'] }, ['admin.conf']),
	row('kubeconfig-user', 'Create a kubeconfig for a user', { k0s: ['k0s kubeconfig create <user>'], k3s: [] }),
	row('backup', 'Take a backup', { k0s: ['sudo k0s stop', 'k0s backup --save-path <dir>', 'sudo k0s start'], k3s: ['k3s etcd-snapshot save'] }, ['snapshot']),
	row('data-dir', 'Data directory', { k0s: ['/var/lib/k0s'], k3s: ['/var/lib/rancher/k3s'] }),
	row('storage-dir', 'Local volumes', { k0s: [], k3s: ['/var/lib/rancher/k3s/storage'] }),
	{ id: 'traefik', kind: 'note', label: 'Traefik', pageTitle: 'Components', path: '/components/traefik/#traefik', values: {}, aliases: ['ingress'] },
	{ id: 'ports', kind: 'group', label: 'Ports', pageTitle: 'Paths', path: '/paths/#ports', values: {}, aliases: [] },
];
const search = new RowSearch(entries);
const ids = (text: string, distros: string[] = [], whole = text) => search.search(text, distros, whole).matches.map((m) => m.entry.id);

describe('RowSearch', () => {
	it('puts the row holding exactly the value first, above rows whose values contain it', () => {
		expect(ids('/var/lib/rancher/k3s')[0]).toBe('data-dir');
		expect(ids('k3s.yaml')[0]).toBe('kubeconfig');
	});
	it('with a distribution named, rows having a value for it come first', () => {
		expect(ids('kubeconfig', ['k3s'], 'k3s kubeconfig')[0]).toBe('kubeconfig');
		expect(ids('kubeconfig', ['k3s'], 'k3s kubeconfig').indexOf('kubeconfig-user')).toBeGreaterThan(0);
	});
	it('a command typed without its arguments (or its sudo) lands on the row that runs it, above rows that pass it on in a flag', () => {
		const commands = new RowSearch([
			row('disable', 'Turning off bundled parts', { kubeadm: ['kubeadm init --skip-phases=addon/kube-proxy'] }, [], 'Operations'),
			row('phase', 'Run a single step of the install', { kubeadm: ['sudo kubeadm init phase <phase>'] }, ['kubeadm init phase']),
			// Rows whose labels hold the word outscore the commands on words alone.
			row('reset-notes', 'Reset after a failed install', { kubeadm: ['Run kubeadm reset, then remove the packages'] }, ['reset']),
			row('reset-force', 'Reset without prompts', { kubeadm: ['sudo kubeadm reset --force'] }, ['reset']),
			row('reset', 'Return a node to a fresh state', { kubeadm: ['sudo kubeadm reset'] }),
			row('join-how', 'How nodes join', { kubeadm: ['Bootstrap tokens, join over 6443'] }, ['join']),
			row('join', 'Add a worker', { kubeadm: ['sudo kubeadm join <host>:6443 --token <token>'] }),
		]);
		const first = (query: string) => commands.search(query.replace(/\bkubeadm\b/, '').trim(), ['kubeadm'], query).matches[0]?.entry.id;
		// Exactly the value, once its sudo is set aside, beats the same command with options.
		expect(first('kubeadm reset')).toBe('reset');
		expect(first('sudo kubeadm reset')).toBe('reset');
		expect(first('kubeadm join')).toBe('join');
		expect(first('kubeadm init phase')).toBe('phase');
	});
	it('reads the command a value runs up to its first option or placeholder; paths, prose and single words run none', () => {
		expect(commandOf('sudo kubeadm init --pod-network-cidr <cidr>')).toBe('kubeadm init');
		expect(commandOf('sudo microk8s join <ip>:25000/<token>')).toBe('microk8s join');
		expect(commandOf('sudo k3s etcd-snapshot save')).toBe('k3s etcd-snapshot save');
		expect(commandOf('sudo kubeadm upgrade apply v1.37.0')).toBe('kubeadm upgrade apply');
		expect([commandOf('/var/lib/rancher/k3s'), commandOf('Mirantis'), commandOf('Single process'), commandOf('k3s')]).toEqual([undefined, undefined, undefined, undefined]);
	});
	it('a name that is the whole query wins (a note, a table section)', () => {
		expect(ids('traefik')[0]).toBe('traefik');
		expect(ids('ports')[0]).toBe('ports');
	});
	it('corrects an unknown word and searches the correction', () => {
		const result = search.search('trafik');
		expect(result.corrected).toBe('traefik');
		expect(result.matches[0]?.entry.id).toBe('traefik');
		expect(search.search('etcd-snapshto save').corrected).toBe('etcd-snapshot save');
	});
	it('corrects two neighbouring letters swapped, even in a word too short for fuzzy matching', () => {
		expect(search.search('tarefik').corrected).toBe('traefik');
		const short = search.search('prots');
		expect(short.corrected).toBe('ports');
		expect(short.matches[0]?.entry.id).toBe('ports');
		expect(search.search('k0s bakcup').corrected).toBe('k0s backup');
		// Four letters: no fuzzy edit is allowed, a swap into an indexed word is.
		expect(search.search('dtaa directory').corrected).toBe('data directory');
		expect(search.search('zzqx').corrected).toBeUndefined();
	});
	it('lists the words one neighbouring swap away, from four letters', () => {
		expect(adjacentSwaps('tokne')).toEqual(['otkne', 'tkone', 'tonke', 'token']);
		expect(adjacentSwaps('aab')).toEqual([]);
		expect(adjacentSwaps('aabb')).toEqual(['abab']);
		expect(adjacentSwaps('存储存储')).toEqual([]);
	});
	it('finds a comparison by exactly its distributions only, never by the words of its title', () => {
		const pair: SearchEntry = { id: 'k0s-vs-k3s', kind: 'pair', label: 'k0s vs k3s, row by row', pageTitle: 'Compare', path: '/k0s-vs-k3s/', values: {}, aliases: [], compares: ['k0s', 'k3s'] };
		const three: SearchEntry = { id: 'compare-k0s-k3s-rke2', kind: 'columns', label: 'k0s, k3s, and RKE2 side by side', pageTitle: 'Compare', path: '/compare/?d=k0s,k3s,rke2', values: {}, aliases: [], compares: ['k0s', 'k3s', 'RKE2'] };
		const withComparisons = new RowSearch([...entries, pair, three]);
		expect(withComparisons.comparisonFor(['k3s', 'k0s'])).toBe(pair);
		expect(withComparisons.comparisonFor(['RKE2', 'k0s', 'k3s'])).toBe(three);
		expect(withComparisons.comparisonFor(['k0s', 'RKE2'])).toBeUndefined();
		expect(withComparisons.comparisonFor(['k0s'])).toBeUndefined();
		expect(withComparisons.comparisonFor(['k0s', 'k0s'])).toBeUndefined();
		expect(withComparisons.search('row by row').matches).toEqual([]);
		expect(withComparisons.search('side by side').matches).toEqual([]);
	});
	it('finds Chinese words put together in a new order: a character pair spanning two words is left out', () => {
		const zh = new RowSearch([row('worker', '安装工作节点并加入集群', { k0s: ['k0s install worker'] }), row('reset', '卸载', { k0s: ['k0s reset'] })]);
		// 加入工作节点 gives the pair 入工, which no entry holds; 彻底 is in no entry at all.
		expect(zh.search('加入工作节点').matches.filter((m) => m.strong).map((m) => m.entry.id)).toEqual(['worker']);
		expect(zh.search('彻底卸载').matches.filter((m) => m.strong).map((m) => m.entry.id)).toEqual(['reset']);
		expect(zh.search('天气预报').matches).toEqual([]);
	});
	it('a query that is exactly a label or alias once the distribution is set aside comes first, below a command typed as it runs', () => {
		const rows = new RowSearch([
			row('delete-node', 'Remove a node object from the cluster', { k3s: ['kubectl delete node <name>'] }),
			row('uninstall', 'Uninstall', { k3s: ['/usr/local/bin/k3s-uninstall.sh'] }, ['remove', 'join']),
			row('join', 'Join a worker', { k3s: ['k3s agent --server <url>'], microk8s: ['microk8s join <address>'] }),
		]);
		expect(rows.search('remove', ['k3s'], 'remove k3s').matches[0]?.entry.id).toBe('uninstall');
		expect(rows.search('join', ['microk8s'], 'microk8s join').matches[0]?.entry.id).toBe('join');
	});
	it('never corrects a known word or a word being typed', () => {
		expect(search.search('kubeconfig').corrected).toBeUndefined();
		expect(search.search('kubeconf').corrected).toBeUndefined();
		expect(ids('kubeconf')).toEqual(expect.arrayContaining(['kubeconfig', 'kubeconfig-user']));
	});
	it('finds nothing for gibberish and for punctuation', () => {
		expect(ids('zzqqxx')).toEqual([]);
		expect(ids('!!! ---')).toEqual([]);
	});
	it('allows one edit from five letters and two from seven; none in Chinese', () => {
		expect([allowedEdits('abcd'), allowedEdits('trafik'), allowedEdits('treafik'), allowedEdits('存储存储存储')]).toEqual([0, 1, 2, 0]);
		expect([stem('ports'), stem('k3s'), stem('access'), stem('mirrors')]).toEqual(['port', 'k3s', 'access', 'mirror']);
	});
});

describe('previewValues', () => {
	it('shows every distribution side by side, at the step that matched', () => {
		const backup = entries[2]!;
		expect(previewValues(backup, 'k0s backup', ['k0s'])).toEqual([
			{ distro: 'k0s', value: 'k0s backup --save-path <dir>', step: 2, steps: 3, asked: true },
			{ distro: 'k3s', value: 'k3s etcd-snapshot save', step: 1, steps: 1, asked: false },
		]);
	});
	it('says when a distribution has no value', () => {
		expect(previewValues(entries[1]!, 'kubeconfig create')[1]).toEqual({ distro: 'k3s', value: null, step: 0, steps: 0, asked: false });
	});
});

describe('runSearch and the status line', () => {
	const own = { rows: search, base: '/' };
	it('asks Pagefind only when the strong entries leave room for page sections', async () => {
		const asked: string[] = [];
		const section = { url: '/essay/#why', title: 'Why', excerpt: 'why <mark>kubeconfig</mark>' };
		const pagefind: PagefindApi = {
			search: async (query) => {
				asked.push(query);
				return { results: [{ score: 1, data: async () => ({ url: '/essay/', meta: { title: 'Essay' }, excerpt: '', sub_results: [section] }) }] };
			},
		};
		let loads = 0;
		const getPagefind = async () => (loads++, pagefind);
		// Two strong rows for "kubeconfig": room left, so the section joins below them.
		const roomy = await runSearch({ ...own, pagefind: getPagefind }, 'kubeconfig');
		expect(loads).toBe(1);
		expect(roomy.hits.map((h) => h.url)).toContain('/essay/#why');
		// As many strong rows as the list shows: Pagefind is neither loaded nor asked.
		const many = new RowSearch(Array.from({ length: MAX_HITS }, (_, i) => row(`kc-${i}`, `Kubeconfig ${i}`, { k0s: [`/kc/${i}`], k3s: [] })));
		const full = await runSearch({ rows: many, base: '/', pagefind: getPagefind }, 'kubeconfig');
		expect(loads).toBe(1);
		expect(asked).toEqual(['kubeconfig']);
		expect(full.hits).toHaveLength(MAX_HITS);
		expect(full.hits.every((h) => h.kind === 'row')).toBe(true);
	});
	it('orders rows first and prefixes the base', async () => {
		const outcome = await runSearch({ ...own, base: '/sub/' }, 'where is the k3s kubeconfig');
		expect(outcome.hits[0]).toMatchObject({ kind: 'row', url: '/sub/paths/#kubeconfig', title: 'Admin kubeconfig' });
		expect(outcome.hits[0]?.values?.find((v) => v.asked)?.value).toBe('/etc/rancher/k3s/k3s.yaml');
	});
	it('searches the other edition for a Chinese query on the English site', async () => {
		const zh = new RowSearch([row('storage-dir', '默认本地卷路径', { k3s: ['/var/lib/rancher/k3s/storage'] }, ['存储'])].map((e) => ({ ...e, path: `/zh${e.path}` })));
		const outcome = await runSearch(own, '存储', async () => ({ rows: zh, base: '/' }), 'en');
		expect(outcome.hits[0]).toMatchObject({ url: '/zh/paths/#storage-dir', otherEdition: true });
		expect(statusMessage(outcome, en).otherEdition).toBe(true);
	});
	it('never says a bare "No results"', async () => {
		for (const query of ['zzqqxx', '!!!', '<b>zzqq</b>', '🚀', 'x'.repeat(1000), '.*+?^${}()|[]\\\\']) {
			const outcome = await runSearch(own, query, async () => ({ rows: search, base: '/' }));
			expect(outcome.hits).toEqual([]);
			const message = statusMessage(outcome, en);
			expect(message.text).toContain(en.searchTryHint);
			expect(message.otherEdition).toBe(true);
		}
	});
	it('says what it searched for after a correction', async () => {
		const outcome = await runSearch(own, 'trafik');
		expect(statusMessage(outcome, en).text).toMatch(/^Showing results for “traefik”\. \d+ results$/);
	});
});

describe('columnEntries', () => {
	const distros = ['k0s', 'k3s', 'rke2', 'microk8s', 'kubeadm'].map((id) => ({ id, name: id.toUpperCase() })) as unknown as Distro[];
	it('offers every choice of three or more columns once, in column order, smallest first', () => {
		const choices = columnChoices(['a', 'b', 'c', 'd', 'e']);
		expect(choices).toHaveLength(10 + 5 + 1);
		expect(choices[0]).toEqual(['a', 'b', 'c']);
		expect(choices.at(-1)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(new Set(choices.map((c) => c.join())).size).toBe(choices.length);
		expect(columnChoices(['a', 'b'])).toEqual([]);
	});
	it('links each choice to Compare with those columns, in each edition, labelled by its names', () => {
		const [first] = columnEntries(distros, (names) => names.join('+'), 'Compare', 'zh');
		expect(first).toMatchObject({ kind: 'columns', label: 'K0S+K3S+RKE2', path: '/zh/compare/?d=k0s,k3s,rke2', compares: ['K0S', 'K3S', 'RKE2'] });
	});
});
