// A broken table row or a stale translation fails a real `astro build` of a copy of the project, and the
// build's output names the file, the row id and the field of each problem (tests/unit/tables.test.ts and
// translations.test.ts cover every rule; this proves the build stops on them and says where).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, loadContent } from '../helpers/content';

const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** Builds a copy of the project with some files replaced; returns the exit status and everything it printed. */
function buildWith(files: Record<string, string>): { status: number | null; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'k0s-vs-k3s-broken-'));
	copies.push(dir);
	for (const path of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, path), join(dir, path), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 120_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const { rows, distros } = loadContent();
const existingId = rows.find((r) => r.table === 'paths')!.id;
const SOURCE = 'https://github.com/k0sproject/k0s/blob/main/docs/configuration.md';
const ids = distros.map((d) => d.id);
/** A value for every declared distribution; `overrides` replaces some (undefined leaves one out). */
const values = (overrides: Record<string, string | undefined> = {}) =>
	ids
		.filter((id) => !(id in overrides) || overrides[id] !== undefined)
		.map((id) => `      ${id}: ${overrides[id] ?? `{ value: /var/lib/${id}, sources: ['${SOURCE}'] }`}`)
		.join('\n');
const second = ids[1]!;
const row = (id: string, group: string, label: string, kind: string, body: string) => `  - id: ${id}\n    group: ${group}\n    label: ${label}\n    kind: ${kind}\n    values:\n${body}\n`;

const BROKEN_TABLE = `page: paths
asOf: { ${distros.map((d) => `${d.id}: ${d.checkedRelease}`).join(', ')} }
groups:
  - id: broken-group
    title: Broken rows
rows:
${row('broken-missing-value', 'broken-group', `Missing ${second} value`, 'path', values({ [second]: undefined }))}${row('broken-source', 'broken-group', 'Source over http', 'path', values({ [second]: "{ value: /var/lib/x, sources: ['http://docs.k3s.io/'] }" }))}${row('broken-shape', 'broken-group', 'Port without protocol', 'port', ids.map((id) => `      ${id}: { value: '${id === second ? '6443' : '6443/tcp'}', sources: ['${SOURCE}'] }`).join('\n'))}${row(existingId, 'broken-group', 'Duplicate of a real row', 'path', values())}${row('broken-group-ref', 'no-such-group', 'Unknown group', 'path', values())}`;

describe('broken content fails the build', { timeout: 240_000 }, () => {
	it('a table file with each kind of broken row: every problem named by file, row id and field', () => {
		const { status, output } = buildWith({ 'content/data/tables/zz-broken.yaml': BROKEN_TABLE });
		expect(status).not.toBe(0);
		const file = 'content/data/tables/zz-broken.yaml';
		for (const line of [
			`${file}: row "broken-missing-value": field "values.${second}": missing value for distro "${second}"`,
			`${file}: row "broken-source": field "values.${second}.sources[0]": must be an https URL`,
			`${file}: row "broken-shape": field "values.${second}.value": "6443" is not a port such as 6443/tcp`,
			`${file}: row "${existingId}": field "id": duplicate id: row "${existingId}" is already defined in content/data/tables/paths.yaml`,
			`${file}: row "broken-group-ref": field "group": must be one of the file's groups: broken-group`,
		]) {
			expect(output).toContain(line);
		}
	});

	it('a translation with a stale note and a row that no longer exists: named by file, row id and field', () => {
		const path = 'content/i18n/zh/tables/paths.yaml';
		const data = load(readFileSync(join(ROOT, path), 'utf8')) as { rows: Record<string, { label: string; values?: Record<string, Record<string, string>> }> };
		const [row, distro] = rows.filter((r) => r.table === 'paths').flatMap((r) => Object.entries(r.values).filter(([, c]) => c.note === undefined).map(([d]) => [r, d] as const))[0]!;
		const values = (data.rows[row.id]!.values ??= {});
		values[distro] = { ...values[distro], note: '英文里没有的说明' };
		data.rows['renamed-row'] = { label: '已改名的行' };
		const { status, output } = buildWith({ [path]: dump(data) });
		expect(status).not.toBe(0);
		expect(output).toContain(`${path}: row "${row.id}": field "values.${distro}.note": stale translation`);
		expect(output).toContain(`${path}: row "renamed-row": field "rows": translation of a row that does not exist`);
	});
});
