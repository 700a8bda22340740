// Hidden search aliases: the parts of paths, commands and variables that Pagefind
// would not match on its own.
import { describe, expect, it } from 'vitest';
import { aliasTokens, pathSuffixes, shortSegments, wordAliases } from '../../src/lib/aliases';
import type { Row } from '../../src/schemas/row';

type AliasRow = Pick<Row, 'kind' | 'values' | 'aliases'>;

function cell(value: string | string[] | null): Row['values'][string] {
	return { value, sources: ['https://example.org/source'], asOf: 'v1.0.0' };
}

describe('pathSuffixes', () => {
	it('gives exactly the segment-aligned suffixes of a path', () => {
		expect(pathSuffixes('/etc/rancher/k3s/k3s.yaml')).toEqual(['etc/rancher/k3s/k3s.yaml', 'rancher/k3s/k3s.yaml', 'k3s/k3s.yaml', 'k3s.yaml', 'yaml']);
	});

	it('never starts a suffix with a separator or leaves an empty one', () => {
		expect(pathSuffixes('/var/lib//x/')).toEqual(['var/lib//x/', 'lib//x/', 'x/']);
	});

	it('has no suffix for a word without separators', () => {
		expect(pathSuffixes('kubeconfig')).toEqual([]);
	});
});

describe('shortSegments', () => {
	it('keeps short and digit-bearing segments', () => {
		expect(shortSegments('/var/lib/k0s/pki/admin.conf')).toEqual(['var', 'lib', 'k0s', 'pki']);
		expect(shortSegments('/etc/rancher/k3s/k3s.yaml')).toEqual(['etc', 'k3s', 'k3s']);
	});

	it('drops long segments without digits and single letters', () => {
		const segments = shortSegments('/etc/rancher/containerd.d/certs.d/config.toml');
		expect(segments).not.toContain('rancher');
		expect(segments).not.toContain('containerd');
		expect(segments).not.toContain('config');
		expect(segments).not.toContain('d');
	});

	it('keeps a long segment that contains a digit', () => {
		expect(shortSegments('/opt/cni2/bin')).toContain('cni2');
	});
});

describe('aliasTokens', () => {
	const pathRow: AliasRow = {
		kind: 'path',
		values: {
			k0s: cell('/var/lib/k0s/manifests'),
			k3s: cell(['/etc/rancher/k3s/k3s.yaml', '/var/lib/rancher/k3s/server/manifests']),
		},
		aliases: ['kubeconfig.yaml', 'KUBECONFIG'],
	};
	const tokens = aliasTokens(pathRow);

	it('includes the file name of a path', () => {
		expect(tokens).toContain('k3s.yaml');
	});

	it('includes multi-segment suffixes such as server/manifests', () => {
		expect(tokens).toContain('server/manifests');
		expect(tokens).toContain('k3s/server/manifests');
	});

	it('includes short segments that Pagefind would drop', () => {
		expect(tokens).toContain('k3s');
		expect(tokens).toContain('k0s');
	});

	it("includes the row's hand-written aliases", () => {
		expect(tokens).toContain('kubeconfig.yaml');
		expect(tokens).toContain('KUBECONFIG');
	});

	it('does not repeat the full value (Pagefind indexes it already)', () => {
		expect(tokens).not.toContain('/etc/rancher/k3s/k3s.yaml');
	});

	it('has no duplicates', () => {
		expect(new Set(tokens).size).toBe(tokens.length);
	});

	it('ignores an explicit null value', () => {
		expect(aliasTokens({ kind: 'path', values: { k0s: cell(null) }, aliases: [] })).toEqual([]);
	});

	describe('commands', () => {
		const commandRow: AliasRow = {
			kind: 'command',
			values: {
				k0s: cell('k0s etcd leave --peer-address=<ip> -c /etc/k0s/k0s.yaml'),
				k3s: cell([
					'curl -sfL https://get.k3s.io | K3S_KUBECONFIG_MODE=644 sh -',
					'k3s server --cluster-reset --cluster-reset-restore-path=<path>',
					'k3s ctr images import <file>.tar',
					'ls /etc/k0s/containerd.d',
				]),
			},
			aliases: [],
		};
		const commandTokens = aliasTokens(commandRow);

		it('gives environment-variable names without their value', () => {
			expect(commandTokens).toContain('K3S_KUBECONFIG_MODE');
			expect(commandTokens.some((t) => t.includes('=644'))).toBe(false);
		});

		it('gives flags without their value', () => {
			expect(commandTokens).toContain('--cluster-reset-restore-path');
			expect(commandTokens).toContain('--peer-address');
		});

		it('never gives a token with a placeholder bracket', () => {
			expect(commandTokens.filter((t) => /[<>]/.test(t))).toEqual([]);
		});

		it('never gives a token shorter than two characters', () => {
			// `containerd.d` has the one-letter suffix `d`, which must not reach the index.
			expect(wordAliases('/etc/k0s/containerd.d')).toContain('d');
			expect(commandTokens.filter((t) => t.length < 2)).toEqual([]);
		});

		it('gives file-name suffixes of paths inside a command', () => {
			expect(commandTokens).toContain('k0s.yaml');
		});
	});
});

describe('wordAliases', () => {
	it('strips placeholder brackets before splitting', () => {
		expect(wordAliases('<dir>/k0s.yaml')).toContain('k0s.yaml');
	});

	it('drops suffixes that still contain a placeholder', () => {
		const out = wordAliases('/etc/k0s/containerd.d/certs.d/<registry>/hosts.toml');
		expect(out).toContain('hosts.toml');
		expect(out.filter((t) => /[<>]/.test(t))).toEqual([]);
	});

	it('gives nothing for a plain word', () => {
		expect(wordAliases('server')).toEqual([]);
	});
});
