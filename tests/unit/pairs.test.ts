// Pair pages: one per pair of declared distributions, each with its own text in every edition.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataErrors } from '../../src/lib/data-error';
import { allPairs, parsePairTexts } from '../../src/lib/pairs';
import { parseDistros } from '../../src/lib/tables';

const ROOT = new URL('../../', import.meta.url).pathname;
const four = parseDistros({ path: 'tests/fixtures/distros-four.yaml', text: readFileSync(join(ROOT, 'tests/fixtures/distros-four.yaml'), 'utf8') });
const text = (title: string) => `  title: "${title}"\n  description: A description long enough for a link preview of the pair.\n  lead: What tells them apart.\n`;

function errorsOf(fn: () => unknown): string[] {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(DataErrors);
		return (error as DataErrors).problems.map((e) => e.message);
	}
	throw new Error('expected DataErrors');
}

describe('allPairs', () => {
	it('gives every pair of four distributions once, ids in alphabetical order', () => {
		expect(allPairs(four).map((p) => p.id)).toEqual(['k0s-vs-k3s', 'k0s-vs-microk8s', 'k0s-vs-rke2', 'k3s-vs-microk8s', 'k3s-vs-rke2', 'microk8s-vs-rke2']);
	});

	it('has no pairs for one distribution', () => {
		expect(allPairs(four.slice(0, 1))).toEqual([]);
	});
});

describe('parsePairTexts', () => {
	const pairs = allPairs(four.slice(0, 3));

	it('reads a text for every pair', () => {
		const file = { path: 'pairs.yaml', text: ['k0s-vs-k3s', 'k0s-vs-rke2', 'k3s-vs-rke2'].map((id) => `${id}:\n${text(id)}`).join('') };
		expect([...parsePairTexts(file, pairs).keys()]).toEqual(['k0s-vs-k3s', 'k0s-vs-rke2', 'k3s-vs-rke2']);
	});

	it('names each missing pair and each key that is no pair, with the file', () => {
		const file = { path: 'content/data/pairs.yaml', text: `k0s-vs-k3s:\n${text('a')}rke2-vs-k3s:\n${text('b')}` };
		expect(errorsOf(() => parsePairTexts(file, pairs))).toEqual([
			'content/data/pairs.yaml: row "k0s-vs-rke2": field "title": missing text for the pair page of k0s and RKE2',
			'content/data/pairs.yaml: row "k3s-vs-rke2": field "title": missing text for the pair page of k3s and RKE2',
			'content/data/pairs.yaml: row "rke2-vs-k3s": field "(key)": no such pair: keys are two declared distribution ids in alphabetical order (k0s-vs-k3s, k0s-vs-rke2, k3s-vs-rke2)',
		]);
	});

	it('rejects a description too long for a link preview', () => {
		const file = { path: 'pairs.yaml', text: `k0s-vs-k3s:\n  title: t\n  description: ${'x'.repeat(170)}\n  lead: l\n` };
		expect(errorsOf(() => parsePairTexts(file, allPairs(four.slice(0, 2)))).join('\n')).toMatch(/pairs\.yaml: field "k0s-vs-k3s\.description": must be at most 160 characters/);
	});
});
