// Every edition is complete: each label, note, page and component note is translated,
// the translation has the same anchors as the English, and nothing falls back silently.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { localizeTables } from '../../src/lib/translations';
import { extractHeadings } from '../../src/lib/headings';
import { ComponentTranslationSchema, DocTranslationSchema } from '../../src/schemas/translation';
import { LANGS, DEFAULT_LANG } from '../../src/i18n/langs';
import { en } from '../../src/i18n/en';
import { t } from '../../src/i18n';
import { ROOT, loadContent, loadMdx } from '../helpers/content';

const english = loadContent();
const components = loadMdx('components');
const docs = loadMdx('docs');

function translationFiles(lang: string, folder: string, ext: string) {
	const dir = join(ROOT, 'content/i18n', lang, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => n.endsWith(ext))
		.sort()
		.map((n) => ({ path: `content/i18n/${lang}/${folder}/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
}

function parseMdx(text: string) {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	return match ? { data: load(match[1]!) as Record<string, unknown>, body: match[2]! } : undefined;
}

/** Heading and table ids of an MDX body, in order. */
const anchorsOf = (body: string) => extractHeadings(body).map((h) => h.id);
/** Links inside an MDX body that point into the site. */
const siteLinks = (body: string) => [...body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => (m[1] ?? m[2])!);

for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
	describe(`${lang} edition`, () => {
		it('translates every table group, row label, note, reason and text value', () => {
			const dir = `content/i18n/${lang}/tables`;
			const localized = localizeTables(english, translationFiles(lang, 'tables', '.yaml'), lang, dir);
			expect(localized.rows).toHaveLength(english.rows.length);
			expect(localized.groups).toHaveLength(english.groups.length);
		});

		it('has every interface string', () => {
			const dict = t(lang);
			for (const key of Object.keys(en) as (keyof typeof en)[]) expect(dict[key], `${lang}: ${key}`).toBeTruthy();
		});

		it.each(components.map((c) => [c.id, c] as const))('component note %s is translated with the same anchors', (id, component) => {
			const file = join(ROOT, 'content/i18n', lang, 'components', `${id}.mdx`);
			expect(existsSync(file), `missing content/i18n/${lang}/components/${id}.mdx`).toBe(true);
			const tr = parseMdx(readFileSync(file, 'utf8'));
			expect(tr, `${file}: no frontmatter`).toBeDefined();
			const parsed = ComponentTranslationSchema.safeParse(tr!.data);
			expect(parsed.success, parsed.success ? '' : `${id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
			expect(Object.keys(parsed.data!.notes).sort()).toEqual(Object.keys(component.data.distros as object).sort());
			expect(anchorsOf(tr!.body)).toEqual(anchorsOf(component.body));
			for (const link of siteLinks(tr!.body)) expect(link, `${id}: link ${link} must stay in the ${lang} edition`).toMatch(new RegExp(`^/${lang}/`));
		});

		it.each(docs.map((d) => [d.id, d] as const))('page %s is translated with the same anchors and tables', (id, doc) => {
			const file = join(ROOT, 'content/i18n', lang, 'docs', `${id}.mdx`);
			expect(existsSync(file), `missing content/i18n/${lang}/docs/${id}.mdx`).toBe(true);
			const tr = parseMdx(readFileSync(file, 'utf8'));
			const parsed = DocTranslationSchema.safeParse(tr!.data);
			expect(parsed.success, parsed.success ? '' : `${id}: ${parsed.error.message}`).toBe(true);
			expect(anchorsOf(tr!.body)).toEqual(anchorsOf(doc.body));
			for (const link of siteLinks(tr!.body)) expect(link, `${id}: link ${link} must stay in the ${lang} edition`).toMatch(new RegExp(`^/${lang}/`));
		});
	});
}

describe('the translation check itself', () => {
	const paths = { rows: english.rows.filter((r) => r.table === 'paths'), groups: english.groups.filter((g) => g.table === 'paths') };
	const real = readFileSync(join(ROOT, 'content/i18n/zh/tables/paths.yaml'), 'utf8');
	const localize = (text: string) => () => localizeTables(paths, [{ path: 'content/i18n/zh/tables/paths.yaml', text }], 'zh', 'content/i18n/zh/tables');

	it('accepts the real translation and replaces labels, keeping shared values', () => {
		const { rows } = localize(real)();
		const kubeconfig = rows.find((r) => r.id === 'kubeconfig')!;
		const original = paths.rows.find((r) => r.id === 'kubeconfig')!;
		expect(kubeconfig.label).not.toBe(original.label);
		expect(kubeconfig.values.k3s!.value).toEqual(original.values.k3s!.value);
		expect(kubeconfig.values.k3s!.sources).toEqual(original.values.k3s!.sources);
	});

	it('names a missing note', () => {
		const data = load(real) as { rows: Record<string, { values: Record<string, { note?: string }> }> };
		delete data.rows['kubeconfig']!.values['k3s']!.note;
		expect(localize(JSON.stringify(data))).toThrowError(/row "kubeconfig": field "values\.k3s\.note": missing zh translation/);
	});

	it('refuses a translated value on a path row and a stale row', () => {
		const data = load(real) as { rows: Record<string, { label: string; values: Record<string, { value?: string }> }> };
		data.rows['kubeconfig']!.values['k3s']!.value = '/somewhere/else';
		data.rows['no-such-row'] = { label: 'x', values: {} };
		expect(localize(JSON.stringify(data))).toThrowError(/values\.k3s\.value": only text values are translated/);
		expect(localize(JSON.stringify(data))).toThrowError(/row "no-such-row": field "rows": translation of a row that does not exist/);
	});

	it('names the file, row and field of a missing translation', () => {
		const file = { path: 'content/i18n/zh/tables/paths.yaml', text: 'groups: {}\nrows: {}\n' };
		const paths = { rows: english.rows.filter((r) => r.table === 'paths'), groups: english.groups.filter((g) => g.table === 'paths') };
		expect(() => localizeTables(paths, [file], 'zh', 'content/i18n/zh/tables')).toThrowError(/content\/i18n\/zh\/tables\/paths\.yaml: row "kubeconfig": field "label": missing zh translation/);
	});
});

describe('stale translations fail with their file, row and field', () => {
	type Cell = { value?: unknown; note?: string; unverified?: string; opinionBy?: string };
	type Translation = { groups: Record<string, { title: string; intro?: string }>; rows: Record<string, { label: string; values: Record<string, Cell> }> };

	/** Localizes one real table with its real zh file after `edit`; returns the error message ('' when it loads). */
	function localizeEdited(table: string, edit: (data: Translation) => void): string {
		const path = `content/i18n/zh/tables/${table}.yaml`;
		const data = load(readFileSync(join(ROOT, path), 'utf8')) as Translation;
		edit(data);
		const only = { rows: english.rows.filter((r) => r.table === table), groups: english.groups.filter((g) => g.table === table) };
		try {
			localizeTables(only, [{ path, text: JSON.stringify(data) }], 'zh', 'content/i18n/zh/tables');
			return '';
		} catch (error) {
			return (error as Error).message;
		}
	}

	function setCell(data: Translation, id: string, distro: string, patch: Cell) {
		const values = (data.rows[id]!.values ??= {});
		values[distro] = { ...values[distro], ...patch };
	}

	/** The first English cell (table, row id, distro) that matches. */
	function findCell(match: (row: (typeof english.rows)[number], cell: (typeof english.rows)[number]['values'][string]) => boolean) {
		for (const row of english.rows) for (const [distro, cell] of Object.entries(row.values)) if (match(row, cell)) return { table: row.table, id: row.id, distro };
		throw new Error('no such cell in the content');
	}

	it('the unedited translation loads (so each failure below is the edit)', () => {
		for (const table of new Set(english.rows.map((r) => r.table))) expect(localizeEdited(table, () => {}), table).toBe('');
	});

	it('a translated note for a cell whose English has no note', () => {
		const { table, id, distro } = findCell((_row, cell) => cell.note === undefined);
		const message = localizeEdited(table, (d) => {
			setCell(d, id, distro, { note: '旧的说明' });
		});
		expect(message).toContain(`content/i18n/zh/tables/${table}.yaml: row "${id}": field "values.${distro}.note": stale translation`);
	});

	it('a translated "unverified" reason for a verified cell', () => {
		const { table, id, distro } = findCell((_row, cell) => cell.unverified === undefined);
		const message = localizeEdited(table, (d) => {
			setCell(d, id, distro, { unverified: '无法核实' });
		});
		expect(message).toContain(`row "${id}": field "values.${distro}.unverified": stale translation`);
	});

	it('a translated opinion holder for a cell that is not an opinion', () => {
		const { table, id, distro } = findCell((_row, cell) => cell.opinion === undefined);
		const message = localizeEdited(table, (d) => {
			setCell(d, id, distro, { opinionBy: '某人' });
		});
		expect(message).toContain(`row "${id}": field "values.${distro}.opinionBy": stale translation`);
	});

	it('a translated value for a text cell whose English value is null', () => {
		const { table, id, distro } = findCell((row, cell) => row.kind === 'text' && cell.value === null);
		const message = localizeEdited(table, (d) => {
			setCell(d, id, distro, { value: '内置' });
		});
		expect(message).toContain(`row "${id}": field "values.${distro}.value": stale translation`);
	});

	it('a translation for a distribution the row does not have', () => {
		const { table, id } = findCell(() => true);
		const message = localizeEdited(table, (d) => {
			setCell(d, id, 'nope', { note: '另一个发行版' });
		});
		expect(message).toContain(`row "${id}": field "values.nope": translation for "nope", which is not a distribution of the row`);
	});

	it('a translated intro for a group whose English has none, and a translation of an unknown row', () => {
		const group = english.groups.find((g) => !g.intro);
		const table = group?.table ?? english.groups[0]!.table;
		const message = localizeEdited(table, (d) => {
			if (group) d.groups[group.id] = { ...d.groups[group.id]!, intro: '旧的简介' };
			d.rows['renamed-row'] = { label: '改名的行', values: {} };
		});
		if (group) expect(message).toContain(`row "${group.id}": field "groups.intro": stale translation`);
		expect(message).toContain(`content/i18n/zh/tables/${table}.yaml: row "renamed-row": field "rows": translation of a row that does not exist`);
	});
});
