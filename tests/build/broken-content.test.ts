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

const { rows } = loadContent();
const existingId = rows.find((r) => r.table === 'paths')!.id;
const SOURCE = 'https://github.com/k0sproject/k0s/blob/main/docs/configuration.md';

const BROKEN_TABLE = `page: paths
asOf: { k0s: v1.36.3+k0s.2, k3s: v1.37.1+k3s1 }
groups:
  - id: broken-group
    title: Broken rows
rows:
  - id: broken-missing-value
    group: broken-group
    label: Missing k3s value
    kind: path
    values:
      k0s: { value: /var/lib/k0s, sources: ['${SOURCE}'] }
  - id: broken-source
    group: broken-group
    label: Source over http
    kind: path
    values:
      k0s: { value: /var/lib/k0s, sources: ['${SOURCE}'] }
      k3s: { value: /var/lib/rancher/k3s, sources: ['http://docs.k3s.io/'] }
  - id: broken-shape
    group: broken-group
    label: Port without protocol
    kind: port
    values:
      k0s: { value: 6443/tcp, sources: ['${SOURCE}'] }
      k3s: { value: '6443', sources: ['${SOURCE}'] }
  - id: ${existingId}
    group: broken-group
    label: Duplicate of a real row
    kind: path
    values:
      k0s: { value: /var/lib/k0s, sources: ['${SOURCE}'] }
      k3s: { value: /var/lib/rancher/k3s, sources: ['${SOURCE}'] }
  - id: broken-group-ref
    group: no-such-group
    label: Unknown group
    kind: path
    values:
      k0s: { value: /var/lib/k0s, sources: ['${SOURCE}'] }
      k3s: { value: /var/lib/rancher/k3s, sources: ['${SOURCE}'] }
`;

describe('broken content fails the build', { timeout: 240_000 }, () => {
	it('a table file with each kind of broken row: every problem named by file, row id and field', () => {
		const { status, output } = buildWith({ 'content/data/tables/zz-broken.yaml': BROKEN_TABLE });
		expect(status).not.toBe(0);
		const file = 'content/data/tables/zz-broken.yaml';
		for (const line of [
			`${file}: row "broken-missing-value": field "values.k3s": missing value for distro "k3s"`,
			`${file}: row "broken-source": field "values.k3s.sources[0]": must be an https URL`,
			`${file}: row "broken-shape": field "values.k3s.value": "6443" is not a port such as 6443/tcp`,
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
