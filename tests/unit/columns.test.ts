// The distribution picker's state, over four fixture distributions: parsed from the URL and the
// session, written back only when it differs from the default pair, differences per shown column.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsParam, differsAmong, parseColumns, resolveColumns } from '../../src/lib/columns';
import { parseDistros } from '../../src/lib/tables';
import { withListParam } from '../../src/lib/query-string';

const ROOT = new URL('../../', import.meta.url).pathname;
const known = parseDistros({ path: 'f.yaml', text: readFileSync(join(ROOT, 'tests/fixtures/distros-four.yaml'), 'utf8') }).map((d) => d.id);
const defaults = ['k0s', 'k3s'];

describe('parseColumns', () => {
	it('keeps known ids in column order, whatever order or case the URL has', () => {
		expect(known).toEqual(['k0s', 'k3s', 'rke2', 'microk8s']);
		expect(parseColumns('microk8s,K3S', known)).toEqual(['k3s', 'microk8s']);
	});

	it('drops unknown ids and gives undefined when none is left', () => {
		expect(parseColumns('rke2,nope', known)).toEqual(['rke2']);
		expect(parseColumns('nope', known)).toBeUndefined();
		expect(parseColumns('', known)).toBeUndefined();
		expect(parseColumns(null, known)).toBeUndefined();
	});
});

describe('resolveColumns', () => {
	it('prefers the URL, then the session, then the default pair', () => {
		expect(resolveColumns(known, defaults, 'rke2', 'microk8s')).toEqual(['rke2']);
		expect(resolveColumns(known, defaults, null, 'microk8s,k0s')).toEqual(['k0s', 'microk8s']);
		expect(resolveColumns(known, defaults, 'junk', null)).toEqual(['k0s', 'k3s']);
	});
});

describe('columnsParam', () => {
	it('round-trips a choice through the URL', () => {
		const shown = ['k3s', 'rke2'];
		expect(parseColumns(columnsParam(shown, known, defaults), known)).toEqual(shown);
	});

	it('leaves the URL clean for the default pair, in any order', () => {
		expect(columnsParam(['k3s', 'k0s'], known, defaults)).toBeUndefined();
		expect(columnsParam(['k0s', 'k3s', 'rke2'], known, defaults)).toBe('k0s,k3s,rke2');
	});
});

describe('differsAmong', () => {
	it('compares only the shown columns', () => {
		const row = { k0s: 'a', k3s: 'a', rke2: 'b', microk8s: 'a' } as Record<string, string>;
		const keys = (shown: string[]) => shown.map((id) => row[id]);
		expect(differsAmong(keys(['k0s', 'k3s']))).toBe(false);
		expect(differsAmong(keys(['k3s', 'rke2']))).toBe(true);
		expect(differsAmong(keys(['k0s']))).toBe(false);
	});
});

describe('withListParam', () => {
	it('writes the choice with readable commas, keeps the other parameters, and drops an empty one', () => {
		expect(withListParam('?d=k0s%2Ck3s&only=differences', 'd', ['k3s', 'rke2', 'kubeadm'])).toBe('?only=differences&d=k3s,rke2,kubeadm');
		expect(withListParam('?d=k3s', 'd', [])).toBe('');
		expect(parseColumns(new URLSearchParams(withListParam('', 'd', ['rke2', 'k0s'])).get('d'), known)).toEqual(['k0s', 'rke2']);
	});
});
