// Search relevance against the built index, with the same cleaning and ranking code as the UI.
// Generated: every path, command, CIDR, IP and port value finds its own row first.
// Hand-written: suffixes, misspellings, commands with and without the binary, flags, IP prefixes,
// component names and Chinese terms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch, rowIndexFrom } from '../../src/lib/search/engine';
import type { RowIndexEntry } from '../../src/lib/search/rank';
import { loadContent } from '../helpers/content';
import { loadPagefind, loadRowIndex, type LoadedPagefind } from '../helpers/pagefind-node';
import { cellValues } from '../../src/lib/values';
import { rowPath } from '../../src/lib/urls';

const content = loadContent();
let pagefind: LoadedPagefind;
let rows: Map<string, RowIndexEntry>;
let passed = 0;

beforeAll(async () => {
	pagefind = await loadPagefind();
	rows = rowIndexFrom(await loadRowIndex());
});
afterAll(() => {
	console.log(`\nSearch relevance: ${passed} cases passed`);
});

async function firstUrls(query: string, n = 3) {
	const { hits } = await runSearch(pagefind, rows, query);
	return hits.slice(0, n).map((h) => h.url);
}

/** Asserts the first hit is one of the expected URLs (several rows may hold the same value). */
async function expectFirst(query: string, expected: string | readonly string[]) {
	const accepted = typeof expected === 'string' ? [expected] : expected;
	const top = await firstUrls(query);
	expect(accepted, `query ${JSON.stringify(query)} → top: ${top.join(' , ') || '(nothing)'}`).toContain(top[0]);
	passed++;
}

// Every searchable value, with every row that holds exactly that value.
const CODE_KINDS = new Set(['path', 'command', 'cidr', 'ip', 'port']);
const byValue = new Map<string, Set<string>>();
for (const row of content.rows.filter((r) => CODE_KINDS.has(r.kind))) {
	for (const cell of Object.values(row.values)) {
		for (const value of cellValues(cell)) byValue.set(value, (byValue.get(value) ?? new Set()).add(rowPath(row)));
	}
}

describe('generated: every value finds its own row first', () => {
	it.each([...byValue].map(([value, paths]) => [value, [...paths]] as const))('%s', async (value, paths) => {
		await expectFirst(value, paths);
	});
});

const HAND_WRITTEN: [string, string | string[]][] = [
	// Path suffixes and fragments
	['k3s.yaml', '/paths/#kubeconfig'],
	['admin.conf', '/paths/#kubeconfig'],
	['config.yaml', '/paths/#config-file'],
	['k0s.yaml', '/paths/#config-file'],
	['server/manifests', '/paths/#manifests-dir'],
	['rancher/k3s/server/manifests', '/paths/#manifests-dir'],
	['/var/lib/rancher/k3s/server/manifests', '/paths/#manifests-dir'],
	['/etc/rancher/k3s/k3s.yaml', '/paths/#kubeconfig'],
	['pki/admin.conf', '/paths/#kubeconfig'],
	['registries.yaml', '/paths/#registry-config'],
	['containerd.d', '/paths/#registry-config'],
	// Misspellings and the original note's wrong names
	['registry.yaml', '/paths/#registry-config'],
	['/etc/rancher/k3s/registry.yaml', '/paths/#registry-config'],
	['k0s systinfo', '/commands/#cmd-system-check'],
	// Commands with and without the binary
	['k0s kubeconfig create', '/commands/#cmd-kubeconfig-user'],
	['kubeconfig create', '/commands/#cmd-kubeconfig-user'],
	['k0s sysinfo', '/commands/#cmd-system-check'],
	['sysinfo', '/commands/#cmd-system-check'],
	['check-config', '/commands/#cmd-system-check'],
	['k3s etcd-snapshot save', '/commands/#cmd-backup'],
	['etcd-snapshot save', '/commands/#cmd-backup'],
	['k0s backup', '/commands/#cmd-backup'],
	['k0s restore', '/commands/#cmd-restore'],
	// Flags
	['--cluster-reset', '/commands/#cmd-etcd-reset-membership'],
	['--cluster-reset-restore-path', '/commands/#cmd-restore'],
	// Addresses
	['10.43.0.10', '/paths/#cluster-dns-ip'],
	// Both k3s rows in 10.43.0.0/16 are right answers for a bare prefix.
	['10.43', ['/paths/#service-cidr', '/paths/#cluster-dns-ip']],
	['10.42.0.0/16', '/paths/#pod-cidr'],
	['10.96.0.10', '/paths/#cluster-dns-ip'],
	['8132', '/paths/#port-konnectivity'],
];

describe('hand-written queries', () => {
	it.each(HAND_WRITTEN)('%s', async (query, expected) => {
		await expectFirst(query, expected);
	});
});
