// Query cleaning and normalisation, shared by the search UI and the ranker.
import { describe, expect, it } from 'vitest';
import { cleanQuery, isSearchable, isTechnicalQuery, MAX_QUERY_LENGTH, normalize, queryWords, retryQuery } from '../../src/lib/search/query';

describe('cleanQuery', () => {
	it('trims surrounding whitespace', () => {
		expect(cleanQuery('  k3s  ')).toBe('k3s');
	});

	it('turns = into a space', () => {
		expect(cleanQuery('K3S_KUBECONFIG_MODE=644')).toBe('K3S_KUBECONFIG_MODE 644');
	});

	it('collapses runs of whitespace, tabs and newlines to one space', () => {
		expect(cleanQuery('k0s \t\n  kubeconfig   admin')).toBe('k0s kubeconfig admin');
	});

	it('turns placeholder brackets, pipes and $ into spaces (Pagefind drops them when indexing)', () => {
		expect(cleanQuery('k0s kubeconfig create <username>')).toBe('k0s kubeconfig create username');
		expect(cleanQuery('cat $HOME/x | grep')).toBe('cat HOME/x grep');
	});

	it('keeps a query wrapped whole in double quotes (exact phrase) but drops stray quotes', () => {
		expect(cleanQuery(' "k3s server" ')).toBe('"k3s server"');
		expect(cleanQuery('k3s "server')).toBe('k3s server');
	});

	it('does not leave a space where a trailing = was', () => {
		expect(cleanQuery('--data-dir=')).toBe('--data-dir');
	});

	it(`caps a 1,000-character input at ${MAX_QUERY_LENGTH} characters`, () => {
		const long = 'kubeconfig '.repeat(91).slice(0, 1000);
		expect(long).toHaveLength(1000);
		const cleaned = cleanQuery(long);
		expect(cleaned.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
		expect(cleaned.length).toBeGreaterThan(MAX_QUERY_LENGTH - 12);
		expect(long.startsWith(cleaned)).toBe(true);
	});

	it('does not end a capped query with a space', () => {
		const cleaned = cleanQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)} bbbb`);
		expect(cleaned).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
	});
});

describe('retryQuery', () => {
	it('turns a dotted file name into words', () => {
		expect(retryQuery('registry.yaml')).toBe('registry yaml');
	});

	it('turns an address into numbers', () => {
		expect(retryQuery('10.43')).toBe('10 43');
	});

	it('turns path and flag separators into single spaces', () => {
		expect(retryQuery('/etc/rancher/k3s')).toBe('etc rancher k3s');
		expect(retryQuery('--cluster-cidr')).toBe('cluster cidr');
	});

	it('does not retry a query without separators', () => {
		expect(retryQuery('etcd')).toBeUndefined();
		expect(retryQuery('k3s kubeconfig')).toBeUndefined();
	});

	it('does not retry when only separators are left', () => {
		expect(retryQuery('/.-')).toBeUndefined();
	});
});

describe('isTechnicalQuery', () => {
	it.each(['/etc/k0s', 'registry.yaml', '--data-dir', 'K3S_TOKEN', '10.43.0.10', '6443', 'host:port'])('%s is technical', (q) => {
		expect(isTechnicalQuery(q)).toBe(true);
	});

	it.each(['kubeconfig', 'registry mirrors', 'network plugin', '网络插件', 'k3s', 'k0s network plugin'])('%s is plain words', (q) => {
		expect(isTechnicalQuery(q)).toBe(false);
	});
});

describe('normalize', () => {
	it('removes punctuation and spaces', () => {
		expect(normalize('/etc/rancher/k3s/k3s.yaml')).toBe('etcrancherk3sk3syaml');
		expect(normalize('k0s kubeconfig, admin!')).toBe('k0skubeconfigadmin');
	});

	it('lower-cases', () => {
		expect(normalize('KUBECONFIG')).toBe('kubeconfig');
	});

	it('strips diacritics', () => {
		expect(normalize('Café Übersicht')).toBe('cafeubersicht');
	});

	it('keeps Chinese characters', () => {
		expect(normalize('网络插件 (CNI)')).toBe('网络插件cni');
	});

	it('drops emoji', () => {
		expect(normalize('🚀k3s')).toBe('k3s');
	});
});

describe('isSearchable', () => {
	it.each(['', '   ', '/.-:', '!!!'])('%j is not searchable', (q) => {
		expect(isSearchable(q)).toBe(false);
	});

	it.each(['k3s', '网络插件', '🚀 k3s'])('%j is searchable', (q) => {
		expect(isSearchable(q)).toBe(true);
	});
});

describe('queryWords', () => {
	it('splits at spaces and separators and normalizes', () => {
		expect(queryWords('/etc/Rancher/k3s registry.yaml')).toEqual(['etc', 'rancher', 'k3s', 'registry', 'yaml']);
	});

	it('drops duplicates, keeping first-seen order', () => {
		expect(queryWords('k3s.yaml k3s YAML')).toEqual(['k3s', 'yaml']);
	});

	it('drops parts that normalize to nothing', () => {
		expect(queryWords('k3s !!! -- 🚀')).toEqual(['k3s']);
	});

	it('gives nothing for an empty query', () => {
		expect(queryWords('')).toEqual([]);
	});
});
