// Table loading: valid files resolve defaults; every broken file is rejected with
// an error that names the file, the row id and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, DataErrors, formatPath } from '../../src/lib/data-error';
import { parseDistros, parseTables, tableIdOf, type SourceFile } from '../../src/lib/tables';
import type { Distro } from '../../src/schemas/distro';
import { isTablePage } from '../../src/schemas/row';

const ROOT = new URL('../../', import.meta.url).pathname;

function fixture(path: string): SourceFile {
	return { path, text: readFileSync(join(ROOT, path), 'utf8') };
}

function table(name: string): SourceFile {
	return fixture(`tests/fixtures/tables/${name}.yaml`);
}

const distros: Distro[] = parseDistros(fixture('tests/fixtures/distros.yaml'));

/** Runs `fn`, expects it to throw `DataErrors`, and returns the individual errors. */
function errorsOf(fn: () => unknown): DataError[] {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(DataErrors);
		const { problems: errors } = error as DataErrors;
		for (const e of errors) expect(e).toBeInstanceOf(DataError);
		return errors;
	}
	throw new Error('expected DataErrors, nothing was thrown');
}

function tableErrors(...names: string[]): DataError[] {
	return errorsOf(() => parseTables(names.map(table), distros));
}

describe('parseDistros', () => {
	it('reads the distributions in column order', () => {
		expect(distros.map((d) => d.id)).toEqual(['k0s', 'k3s']);
	});

	it('turns a YAML date into an ISO date string', () => {
		expect(distros[0]!.checkedOn).toBe('2026-08-21');
	});

	it('names the file, the distribution and each bad field', () => {
		const errors = errorsOf(() => parseDistros(fixture('tests/fixtures/distros-invalid.yaml')));
		expect(errors.map((e) => [e.file, e.rowId, e.field])).toEqual([
			['tests/fixtures/distros-invalid.yaml', 'k3s', 'repo'],
			['tests/fixtures/distros-invalid.yaml', 'k3s', 'checkedOn'],
		]);
		expect(errors[0]!.message).toBe('tests/fixtures/distros-invalid.yaml: row "k3s": field "repo": must be an https URL');
	});

	it('rejects a file that is not a list', () => {
		expect(() => parseDistros({ path: 'd.yaml', text: 'id: k0s\n' })).toThrowError(/d\.yaml: field "\(root\)": must be a list of distributions/);
	});
});

describe('parseTables: a valid table', () => {
	const { rows, groups } = parseTables([table('valid')], distros);
	const row = (id: string) => {
		const found = rows.find((r) => r.id === id);
		if (!found) throw new Error(`row ${id} not loaded`);
		return found;
	};

	it('loads every row in file order', () => {
		expect(rows.map((r) => [r.id, r.order])).toEqual([
			['kubeconfig', 0],
			['config-file', 1],
			['manifests-dir', 2],
			['docs-rating', 3],
		]);
	});

	it('accepts a missing rating without an author: only a given rating is an opinion', () => {
		expect(row('docs-rating').values.k3s).toMatchObject({ value: null, note: 'The author did not rate k3s.' });
		expect(row('docs-rating').values.k3s!.opinion).toBeUndefined();
	});

	it('sets the table (file name), page and file on every row', () => {
		for (const r of rows) {
			expect(r.table).toBe('valid');
			expect(r.page).toBe('paths');
			expect(r.file).toBe('tests/fixtures/tables/valid.yaml');
		}
	});

	it("fills the file's asOf into values that have none", () => {
		expect(row('kubeconfig').values.k0s!.asOf).toBe('v1.36.3+k0s.2');
		expect(row('config-file').values.k3s!.asOf).toBe('v1.37.1+k3s1');
	});

	it("keeps a value's own asOf over the file default", () => {
		expect(row('kubeconfig').values.k3s!.asOf).toBe('v1.30.0+k3s1');
	});

	it('keeps lists, explained nulls and default aliases', () => {
		expect(row('config-file').values.k3s!.value).toEqual(['/etc/rancher/k3s/config.yaml', '/etc/rancher/k3s/config.yaml.d/*.yaml']);
		expect(row('manifests-dir').values.k3s!.value).toBeNull();
		expect(row('kubeconfig').aliases).toEqual(['admin.conf', 'k3s.yaml']);
		expect(row('config-file').aliases).toEqual([]);
		expect(row('config-file').components).toEqual([]);
	});

	it('loads the groups with table, page, file and order', () => {
		expect(groups).toEqual([
			{ id: 'config-files', lang: 'en', title: 'Configuration files', intro: 'Where each distribution reads its settings.', table: 'valid', page: 'paths', file: 'tests/fixtures/tables/valid.yaml', order: 0 },
			{ id: 'node-directories', lang: 'en', title: 'Directories on a node', table: 'valid', page: 'paths', file: 'tests/fixtures/tables/valid.yaml', order: 1 },
		]);
	});

	it('derives the table id from the file name', () => {
		expect(tableIdOf('content/data/tables/paths.yaml')).toBe('paths');
		expect(tableIdOf('network.yml')).toBe('network');
	});
});

describe('parseTables: rejected files', () => {
	it('a missing distro value names the file, row and field', () => {
		expect(() => parseTables([table('missing-distro-value')], distros)).toThrowError(
			'tests/fixtures/tables/missing-distro-value.yaml: row "kubeconfig": field "values.k3s": missing value for distro "k3s"',
		);
	});

	it.each([
		['source-http', 'http://github.com/k3s-io/k3s'],
		['source-ftp', 'ftp://ftp.example.org/k3s.txt'],
		['source-not-url', 'not a url'],
	])('a source that is not an https URL is rejected (%s: %s)', (rowId) => {
		const errors = tableErrors('bad-source').filter((e) => e.rowId === rowId);
		expect(errors.map((e) => e.message)).toEqual([`tests/fixtures/tables/bad-source.yaml: row "${rowId}": field "values.k3s.sources[0]": must be an https URL`]);
	});

	it('reports only the bad sources (the https ones pass)', () => {
		expect(tableErrors('bad-source')).toHaveLength(3);
	});

	it('a duplicate id within one file', () => {
		const errors = tableErrors('duplicate-id');
		expect(errors.map((e) => e.message)).toEqual([
			'tests/fixtures/tables/duplicate-id.yaml: row "data-dir": field "id": duplicate id: row "data-dir" is already defined in tests/fixtures/tables/duplicate-id.yaml',
		]);
	});

	it('a duplicate id across two files names the other file', () => {
		const errors = tableErrors('duplicate-across-a', 'duplicate-across-b');
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toBe('tests/fixtures/tables/duplicate-across-b.yaml');
		expect(errors[0]!.rowId).toBe('cluster-cidr');
		expect(errors[0]!.field).toBe('id');
		expect(errors[0]!.message).toMatch(/already defined in tests\/fixtures\/tables\/duplicate-across-a\.yaml$/);
	});

	it('an unknown kind lists the allowed kinds', () => {
		expect(() => parseTables([table('unknown-kind')], distros)).toThrowError(
			/tests\/fixtures\/tables\/unknown-kind\.yaml: row "data-dir": field "kind": must be one of: text, path, command, cidr, ip, port, url, rating/,
		);
	});

	it("an unknown group lists the file's groups", () => {
		expect(() => parseTables([table('unknown-group')], distros)).toThrowError(
			/tests\/fixtures\/tables\/unknown-group\.yaml: row "data-dir": field "group": must be one of the file's groups: node-directories/,
		);
	});

	it('an unknown field (typo "sorces") is rejected by name', () => {
		const errors = tableErrors('unknown-field');
		const typo = errors.find((e) => e.message.includes('sorces'));
		expect(typo).toBeDefined();
		expect(typo!.file).toBe('tests/fixtures/tables/unknown-field.yaml');
		expect(typo!.rowId).toBe('data-dir');
		expect(typo!.field).toBe('values.k3s');
	});

	it('the typo also leaves the value without sources', () => {
		const errors = tableErrors('unknown-field');
		expect(errors.some((e) => e.field === 'values.k3s.sources')).toBe(true);
	});

	it('a null value without a note', () => {
		expect(() => parseTables([table('null-without-note')], distros)).toThrowError(
			'tests/fixtures/tables/null-without-note.yaml: row "cmd-kubeconfig-user": field "values.k3s.note": a null value needs a note saying what to do instead',
		);
	});

	it('a Chinese quote of the note needs an English gloss, and the gloss must be English', () => {
		const errors = tableErrors('quote-without-gloss').map((e) => e.message);
		expect(errors).toEqual([
			'tests/fixtures/tables/quote-without-gloss.yaml: row "containerd-bundling": field "values.k0s.correction.gloss": the gloss is the English rendering and must not contain Chinese',
			'tests/fixtures/tables/quote-without-gloss.yaml: row "containerd-bundling": field "values.k3s.correction.gloss": "系统" is Chinese: add `gloss`, its English rendering',
		]);
	});

	describe('a value whose shape does not match the kind', () => {
		const errors = tableErrors('bad-shapes');
		const of = (rowId: string) => errors.filter((e) => e.rowId === rowId).map((e) => `${e.field}: ${e.problem}`);

		it('port "6443" (no protocol)', () => {
			expect(of('api-port')).toEqual(['values.k3s.value: "6443" is not a port such as 6443/tcp']);
		});

		it('cidr "10.42.0.0" (no prefix length)', () => {
			expect(of('pod-cidr')).toEqual(['values.k3s.value: "10.42.0.0" is not a CIDR such as 10.42.0.0/16']);
		});

		it('path "etc/x" (not absolute)', () => {
			expect(of('relative-path')).toEqual(['values.k3s.value: "etc/x" is not an absolute path']);
		});

		it('a rating without an opinion', () => {
			expect(of('rating-maturity')).toEqual(['values.k3s.opinion: a rating is an opinion and needs `opinion: { by, source }`']);
		});

		it('every error names the file', () => {
			expect(errors).toHaveLength(4);
			for (const e of errors) expect(e.file).toBe('tests/fixtures/tables/bad-shapes.yaml');
		});
	});

	it('invalid YAML names the file', () => {
		const errors = tableErrors('invalid-yaml');
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toBe('tests/fixtures/tables/invalid-yaml.yaml');
		expect(errors[0]!.field).toBe('(yaml)');
		expect(errors[0]!.message).toMatch(/^tests\/fixtures\/tables\/invalid-yaml\.yaml: field "\(yaml\)": /);
	});

	it('reports several problems in one file together', () => {
		const errors = tableErrors('many-problems');
		expect(errors.map((e) => [e.rowId, e.field])).toEqual([
			['first', 'values.k3s.sources[0]'],
			['second', 'kind'],
			['third', 'values.k0s'],
			['fourth', 'id'],
		]);
	});

	it('the combined message counts the problems and lists each one', () => {
		expect(() => parseTables([table('many-problems')], distros)).toThrowError(/^4 problems in the content data:\n {2}- tests\/fixtures\/tables\/many-problems\.yaml: row "first"/);
	});

	it('collects problems across files in one throw', () => {
		const errors = tableErrors('missing-distro-value', 'null-without-note');
		expect(errors.map((e) => e.file)).toEqual(['tests/fixtures/tables/missing-distro-value.yaml', 'tests/fixtures/tables/null-without-note.yaml']);
	});

	it('a row without an id is named by its position', () => {
		const text = table('valid').text.replace('  - id: config-file\n', '  - \n');
		const errors = errorsOf(() => parseTables([{ path: 'tests/fixtures/tables/valid.yaml', text }], distros));
		expect(errors.map((e) => [e.rowId, e.field])).toContainEqual(['#2', 'id']);
	});
});

describe('formatPath', () => {
	it('joins keys with dots and indexes with brackets', () => {
		expect(formatPath(['values', 'k3s', 'sources', 0])).toBe('values.k3s.sources[0]');
	});

	it('names the root when the path is empty', () => {
		expect(formatPath([])).toBe('(root)');
	});
});

describe('isTablePage', () => {
	it('names the pages whose route shows the tables and their tools, and no other', () => {
		expect(['compare', 'paths', 'commands'].every(isTablePage)).toBe(true);
		expect(['index', 'choose', 'why-distributions', 'components'].some(isTablePage)).toBe(false);
	});
});
