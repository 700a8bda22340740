// The chooser's requirements: the real file is complete and every verdict cites existing rows;
// bad input fails with the file, the requirement, the distribution and the field named.
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DataErrors } from '../../src/lib/data-error';
import { localizeRequirements, parseRequirements } from '../../src/lib/requirements';
import { requirementEntries } from '../../src/lib/search-rows';
import { LANGS, DEFAULT_LANG } from '../../src/i18n/langs';
import { loadRequirements } from '../helpers/content';

const { distros, rows, english, read } = loadRequirements();
const rowIds = new Set(rows.map((r) => r.id));
const FILE = 'content/data/requirements.yaml';

/** The messages of the DataErrors that `fn` throws (fails the test when it does not throw). */
function problems(fn: () => unknown): string[] {
	try {
		fn();
	} catch (error) {
		if (error instanceof DataErrors) return error.problems.map((e) => e.message);
		throw error;
	}
	throw new Error('expected a DataErrors');
}

const parse = (text: string) => parseRequirements({ path: FILE, text }, ['k0s', 'k3s'], new Set(['windows', 'cni', 'fips']));
const one = (verdicts: string) => `requirements:\n  - id: windows-workers\n    label: Windows workers\n    explanation: Windows nodes.\n    verdicts:\n${verdicts}`;

describe('requirements.yaml', () => {
	it('has the requirements operators choose by', () => {
		const ids = english.map((r) => r.id);
		for (const id of ['windows-workers', 'fips', 'air-gapped', 'external-sql', 'embedded-ha', 'arm32', 'single-binary', 'no-snap', 'cis-defaults', 'ingress-included', 'load-balancer-included', 'local-storage-included', 'control-plane-isolated', 'multi-node-tool', 'in-cluster-upgrades', 'builtin-backup', 'registry-mirror', 'dual-stack', 'network-policy', 'small-server-memory']) {
			expect(ids).toContain(id);
		}
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(english.map((r) => [r.id, r] as const))('%s: every declared distribution has a verdict citing rows that exist', (_id, req) => {
		expect(Object.keys(req.verdicts).sort()).toEqual(distros.map((d) => d.id).sort());
		for (const [distro, v] of Object.entries(req.verdicts)) {
			expect(v.rows.length, `${req.id}.${distro}`).toBeGreaterThan(0);
			for (const row of v.rows) expect(rowIds.has(row), `${req.id}.${distro} cites "${row}"`).toBe(true);
			if (v.verdict === 'with-effort') expect(v.note, `${req.id}.${distro}: what it takes`).toBeTruthy();
		}
	});
});

describe('requirement errors name the file, the requirement, the distribution and the field', () => {
	it('a distribution without a verdict', () => {
		expect(problems(() => parse(one('      k0s: { verdict: "no", rows: [windows] }\n')))).toEqual([
			`${FILE}: requirement "windows-workers": field "verdicts.k3s": missing verdict for distro "k3s"`,
		]);
	});

	it('a cited row that does not exist', () => {
		const [problem] = problems(() => parse(one('      k0s: { verdict: "no", rows: [windows, window-nodes] }\n      k3s: { verdict: "no", rows: [windows] }\n')));
		expect(problem).toBe(`${FILE}: requirement "windows-workers": field "verdicts.k0s.rows[1]": cites row "window-nodes", which does not exist in content/data/tables/`);
	});

	it('with-effort without saying what it takes, an unknown verdict, no rows', () => {
		const found = problems(() => parse(one('      k0s: { verdict: with-effort, rows: [windows] }\n      k3s: { verdict: maybe, rows: [] }\n')));
		expect(found).toContain(`${FILE}: requirement "windows-workers": field "verdicts.k0s.note": a with-effort verdict needs a note saying what it takes`);
		expect(found.some((p) => p.includes('field "verdicts.k3s.verdict"') && p.includes('yes, with-effort, no'))).toBe(true);
		expect(found.some((p) => p.includes('field "verdicts.k3s.rows"') && p.includes('at least one row id'))).toBe(true);
	});

	it('a verdict for a distribution that is not declared', () => {
		const found = problems(() => parse(one('      k0s: { verdict: "no", rows: [windows] }\n      k3s: { verdict: "no", rows: [windows] }\n      rke2: { verdict: "yes", rows: [windows] }\n')));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/requirement "windows-workers": field "verdicts".*rke2/);
	});

	it('a duplicate id, and every problem at once', () => {
		const twice = one('      k0s: { verdict: "no", rows: [windows] }\n      k3s: { verdict: "no", rows: [nope] }\n');
		const found = problems(() => parse(twice + twice.replace('requirements:\n', '')));
		expect(found).toContain(`${FILE}: requirement "windows-workers": field "id": duplicate requirement id "windows-workers"`);
		expect(found.filter((p) => p.includes('"verdicts.k3s.rows[0]"'))).toHaveLength(1);
	});
});

for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
	describe(`${lang} requirements`, () => {
		const path = `content/i18n/${lang}/requirements.yaml`;
		const localize = (text: string | undefined) => localizeRequirements(english, text === undefined ? undefined : { path, text }, lang, path);
		const real = read(path).text;

		it('translate every label, explanation and note, with the same ids', () => {
			const localized = localize(real);
			expect(localized.map((r) => r.id)).toEqual(english.map((r) => r.id));
			for (const [i, req] of localized.entries()) {
				expect(req.label).not.toBe(english[i]!.label);
				for (const [distro, v] of Object.entries(req.verdicts)) {
					expect(v.verdict).toBe(english[i]!.verdicts[distro]!.verdict);
					expect(v.note === undefined).toBe(english[i]!.verdicts[distro]!.note === undefined);
				}
			}
		});

		// Edits of the real translation file, made on its data so they hold whatever it holds.
		type Translation = { requirements: Record<string, { notes?: Record<string, string> }> };
		const edit = (fn: (data: Translation) => void) => {
			const data = load(real) as Translation;
			fn(data);
			return dump(data);
		};

		it('a missing file, requirement or note is an error, never English', () => {
			expect(problems(() => localize(undefined))).toEqual([`${path}: field "(file)": missing ${lang} translation of content/data/requirements.yaml`]);
			const withoutFips = edit((d) => delete d.requirements.fips);
			expect(problems(() => localize(withoutFips))).toEqual([`${path}: requirement "fips": field "label": missing ${lang} translation of requirement "fips"`]);
			const withoutNote = edit((d) => delete d.requirements['windows-workers']!.notes!.k3s);
			expect(problems(() => localize(withoutNote))).toEqual([`${path}: requirement "windows-workers": field "notes.k3s": missing ${lang} translation`]);
		});

		it('a stale requirement or note is an error', () => {
			const stale = `${real}\n  kubernetes-dashboard:\n    label: 仪表板\n    explanation: 说明。\n`;
			expect(problems(() => localize(stale))).toEqual([`${path}: requirement "kubernetes-dashboard": field "requirements": translation of a requirement that does not exist in content/data/requirements.yaml`]);
			const extraNote = edit((d) => (d.requirements['air-gapped']!.notes = { ...d.requirements['air-gapped']!.notes, k0s: '多余的备注。' }));
			expect(problems(() => localize(extraNote))).toEqual([`${path}: requirement "air-gapped": field "notes.k0s": translation of a note that the English verdict does not have`]);
		});
	});
}

describe('requirements in the search index', () => {
	it('each edition has one entry per requirement, pointing at its matrix row, with its label and aliases', () => {
		const zhPath = 'content/i18n/zh/requirements.yaml';
		const zh = localizeRequirements(english, read(zhPath), 'zh', zhPath);
		for (const [lang, reqs, prefix] of [['en', english, ''], ['zh', zh, '/zh']] as const) {
			const index = requirementEntries(reqs, 'How to choose', lang);
			expect(index.map((e) => e.path)).toEqual(english.map((r) => `${prefix}/choose/#need-${r.id}`));
			for (const [i, entry] of index.entries()) {
				expect(entry.label).toBe(reqs[i]!.label);
				expect(entry.aliases).toEqual(reqs[i]!.aliases);
				expect(entry.kind).toBe('requirement');
			}
		}
	});
});
