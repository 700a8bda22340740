// Query cleaning and normalisation, shared by the search UI and the ranker.
import { describe, expect, it } from 'vitest';
import { analyzeQuery, cleanQuery, isSearchable, MAX_QUERY_LENGTH, comparisonAsked, retryQuery } from '../../src/lib/search/query';
import { hasHan, tokenize } from '../../src/lib/search/tokenize';

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

describe('isSearchable', () => {
	it.each(['', '   ', '/.-:', '!!!'])('%j is not searchable', (q) => {
		expect(isSearchable(q)).toBe(false);
	});

	it.each(['k3s', '网络插件', '🚀 k3s'])('%j is searchable', (q) => {
		expect(isSearchable(q)).toBe(true);
	});
});


describe('analyzeQuery', () => {
	const distros = ['k0s', 'k3s'];
	it('drops English stop words and picks out distribution names', () => {
		expect(analyzeQuery('where is the k3s kubeconfig', distros)).toMatchObject({ text: 'kubeconfig', distros: ['k3s'], pageText: 'k3s kubeconfig', asksWhere: true });
		expect(analyzeQuery('k0s equivalent of k3s etcd-snapshot save', distros)).toMatchObject({ text: 'etcd-snapshot save', distros: ['k0s', 'k3s'] });
	});
	it('drops verbs that only say the reader wants to act, but not inside a command word', () => {
		expect(analyzeQuery('how do I change the cluster cidr', distros)).toMatchObject({ text: 'cluster cidr' });
		expect(analyzeQuery('where does k3s store its data', distros)).toMatchObject({ text: 'data', distros: ['k3s'], asksWhere: true });
		expect(analyzeQuery('kubectl set-context', distros)).toMatchObject({ text: 'kubectl set-context' });
	});
	it('drops adverbs that only say how thoroughly (remove k0s completely)', () => {
		expect(analyzeQuery('remove k0s completely', distros)).toMatchObject({ text: 'remove', distros: ['k0s'] });
		expect(analyzeQuery('fully uninstall k3s', distros)).toMatchObject({ text: 'uninstall', distros: ['k3s'] });
	});
	it('drops Chinese question words wherever they stand', () => {
		expect(analyzeQuery('kubeconfig在哪里', distros)).toMatchObject({ text: 'kubeconfig', asksWhere: true });
		expect(analyzeQuery('怎么备份 k3s', distros)).toMatchObject({ text: '备份', distros: ['k3s'] });
		expect(analyzeQuery('kubelet 参数怎么改', distros)).toMatchObject({ text: 'kubelet 参数' });
	});
	it('keeps a distribution name inside a path or command word', () => {
		expect(analyzeQuery('/var/lib/k0s', distros)).toMatchObject({ text: '/var/lib/k0s', distros: [] });
	});
	it('keeps the words when nothing else is left', () => {
		expect(analyzeQuery('k3s', distros)).toMatchObject({ text: 'k3s', distros: [] });
		expect(analyzeQuery('where is', distros).text).toBe('where is');
	});
});

describe('comparisonAsked', () => {
	const distros = ['k0s', 'k3s', 'RKE2', 'MicroK8s'];
	it('reads the distributions asked to be compared, in any wording and order, spelt as the index spells them', () => {
		expect(comparisonAsked('k3s vs rke2', distros)).toEqual(['k3s', 'RKE2']);
		expect(comparisonAsked('RKE2 or k3s?', distros)).toEqual(['RKE2', 'k3s']);
		expect(comparisonAsked('difference between k0s and microk8s', distros)).toEqual(['k0s', 'MicroK8s']);
		expect(comparisonAsked('k0s vs. k3s', distros)).toEqual(['k0s', 'k3s']);
		expect(comparisonAsked('k3s和rke2的区别', distros)).toEqual(['k3s', 'RKE2']);
		expect(comparisonAsked('k0s 对比 k3s', distros)).toEqual(['k0s', 'k3s']);
	});
	it('reads three or more as well, however they are joined', () => {
		expect(comparisonAsked('k0s vs k3s vs rke2', distros)).toEqual(['k0s', 'k3s', 'RKE2']);
		expect(comparisonAsked('compare k3s, rke2 and microk8s', distros)).toEqual(['k3s', 'RKE2', 'MicroK8s']);
		expect(comparisonAsked('k0s、k3s和rke2对比', distros)).toEqual(['k0s', 'k3s', 'RKE2']);
	});
	it('asks for no comparison when the query asks something else too, or names one or unknown distributions', () => {
		expect(comparisonAsked('k3s vs rke2 networking', distros)).toBeUndefined();
		expect(comparisonAsked('k3s 和 rke2 的端口', distros)).toBeUndefined();
		expect(comparisonAsked('k3s vs', distros)).toBeUndefined();
		expect(comparisonAsked('k3s vs k3s', distros)).toBeUndefined();
		expect(comparisonAsked('k0s vs k3s vs rke2 storage', distros)).toBeUndefined();
		expect(comparisonAsked('k3s vs nomad', distros)).toBeUndefined();
		expect(comparisonAsked('/var/lib/k0s', distros)).toBeUndefined();
	});
});

describe('tokenize', () => {
	it('splits paths and flags at punctuation and lower-cases', () => {
		expect(tokenize('/etc/rancher/k3s/K3S.yaml --data-dir')).toEqual(['etc', 'rancher', 'k3s', 'k3s', 'yaml', 'data', 'dir']);
	});
	it('keeps an environment variable whole and in parts', () => {
		expect(tokenize('K3S_KUBECONFIG_MODE')).toEqual(['k3s_kubeconfig_mode', 'k3s', 'kubeconfig', 'mode']);
	});
	it('turns Chinese runs into character pairs, next to Latin words', () => {
		expect(tokenize('自动部署清单')).toEqual(['自动', '动部', '部署', '署清', '清单']);
		expect(tokenize('kubeconfig在哪')).toEqual(['kubeconfig', '在哪']);
		expect(tokenize('卷')).toEqual(['卷']);
	});
	it('gives nothing for punctuation and emoji', () => {
		expect(tokenize('!!! -- 🚀 <>')).toEqual([]);
		expect(hasHan('k3s 端口')).toBe(true);
		expect(hasHan('k3s')).toBe(false);
	});
});
