// Row and heading ids in the built site: per edition, every data row has its anchor once on its table
// page (its canonical place) and once on each pair page (/<a>-vs-<b>/), and nowhere else.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANG_META, PUBLISHED_LANGS, langOfPath } from '../../src/i18n/langs';
import { loadContent, loadMdx, loadRequirements } from '../helpers/content';
import { allPairs } from '../../src/lib/pairs';
import { pairPath } from '../../src/lib/urls';
import { DIST, readDist, sitePath } from '../helpers/dist-files';
import { collectIds, scanTags, type Tag } from '../helpers/link-check';

const pages = readDist();
const tagsByPage = new Map<string, Tag[]>([...pages].map(([file, html]) => [file, scanTags(html)]));
const { rows, distros } = loadContent();
/** dist-relative file of each pair page, without the edition folder: `k0s-vs-k3s/index.html`. */
const pairFiles = allPairs(distros).map((p) => `${pairPath(p.a.id, p.b.id).slice(1)}index.html`);
const { english: requirements } = loadRequirements();
/** dist-relative folder of each published edition: '' for English at the root, 'zh/' for Chinese. */
const EDITIONS = PUBLISHED_LANGS.map((lang) => ({ lang, dir: LANG_META[lang].prefix ? `${LANG_META[lang].prefix.replace(/^\//, '')}/` : '' }));

/** The HTML between <main …> and </main>, or null. */
function mainOf(html: string): string | null {
	const start = html.search(/<main[\s>]/);
	const end = html.lastIndexOf('</main>');
	return start >= 0 && end > start ? html.slice(start, end) : null;
}

describe('row anchors', () => {
	/** Row id → every page it appears on as <tr id>. */
	const trIds = new Map<string, string[]>();
	for (const [file, tags] of tagsByPage) {
		for (const tag of tags) {
			const id = tag.name === 'tr' ? tag.attrs.get('id') : undefined;
			if (id !== undefined) trIds.set(id, [...(trIds.get(id) ?? []), file]);
		}
	}

	it('the data has rows on the compare, paths and commands pages', () => {
		expect(rows.length).toBeGreaterThan(20);
		expect(new Set(rows.map((r) => r.page))).toEqual(new Set(['compare', 'paths', 'commands']));
	});

	it('every data row appears as <tr id> once on its table page and once on each pair page of each edition, nowhere else', () => {
		expect(EDITIONS.length).toBeGreaterThan(0);
		expect(pairFiles.length).toBe((distros.length * (distros.length - 1)) / 2);
		const wrong: string[] = [];
		for (const { lang, dir } of EDITIONS) {
			for (const row of rows) {
				const where = (trIds.get(row.id) ?? []).filter((f) => langOfPath(sitePath(f)) === lang).sort();
				const expected = [`${dir}${row.page}/index.html`, ...pairFiles.map((f) => `${dir}${f}`)].sort();
				if (JSON.stringify(where) !== JSON.stringify(expected)) {
					wrong.push(`${row.id} (${lang}): expected on [${expected.map((f) => `dist/${f}`).join(', ')}], found on [${where.map((f) => `dist/${f}`).join(', ')}]`);
				}
			}
		}
		expect(wrong, wrong.join('\n')).toEqual([]);
	});

	it('every requirement appears as <tr id="need-<id>"> exactly once in each edition, on the choose page', () => {
		expect(requirements.length).toBeGreaterThanOrEqual(20);
		const wrong: string[] = [];
		for (const { lang, dir } of EDITIONS) {
			for (const req of requirements) {
				const where = (trIds.get(`need-${req.id}`) ?? []).filter((f) => langOfPath(sitePath(f)) === lang);
				if (where.length !== 1 || where[0] !== `${dir}choose/index.html`) wrong.push(`need-${req.id} (${lang}): found on [${where.join(', ')}]`);
			}
		}
		expect(wrong, wrong.join('\n')).toEqual([]);
	});

	it('every <tr id> in the site is a data row or a requirement row (no stray or stale row anchors)', () => {
		const known = new Set([...rows.map((r) => r.id), ...requirements.map((r) => `need-${r.id}`)]);
		expect([...trIds.keys()].filter((id) => !known.has(id))).toEqual([]);
	});

	it('every <tr id> has a non-empty data-pagefind-title', () => {
		const missing: string[] = [];
		for (const [file, tags] of tagsByPage) {
			for (const tag of tags) {
				if (tag.name === 'tr' && tag.attrs.has('id') && !(tag.attrs.get('data-pagefind-title') ?? '').trim()) {
					missing.push(`dist/${file}:${tag.line} tr#${tag.attrs.get('id')}`);
				}
			}
		}
		expect(trIds.size).toBeGreaterThanOrEqual(rows.length);
		expect(missing, missing.join('\n')).toEqual([]);
	});
});

describe('ids on each page', () => {
	for (const [file, html] of pages) {
		it(`dist/${file}: ids are unique; every h2/h3 in <main> has an id`, () => {
			const duplicates = [...collectIds(html)].filter(([, n]) => n > 1).map(([id, n]) => `id="${id}" ×${n}`);
			expect(duplicates, `duplicate ids on dist/${file}`).toEqual([]);
			const main = mainOf(html);
			expect(main, `dist/${file} has a <main>`).not.toBeNull();
			const headings = scanTags(main!).filter((t) => t.name === 'h2' || t.name === 'h3');
			const noId = headings.filter((t) => !(t.attrs.get('id') ?? '').trim()).map((t) => `<${t.name}> at line ${t.line} of <main>`);
			expect(noId, `headings without id on dist/${file}`).toEqual([]);
		});
	}
});

describe('component pages', () => {
	const notes = loadMdx('components');

	it('every component note has its page dist/<edition>/components/<id>/index.html', () => {
		expect(notes.length).toBeGreaterThan(0);
		const missing = EDITIONS.flatMap(({ dir }) => notes.map((n) => `${dir}components/${n.id}/index.html`)).filter((f) => !existsSync(join(DIST, f)));
		expect(missing).toEqual([]);
	});

	it('no component page is built without a note', () => {
		const ids = new Set(notes.map((n) => n.id));
		const orphans = [...pages.keys()].filter((f) => {
			const m = /^(?:[a-z-]+\/)?components\/([^/]+)\/index\.html$/.exec(f);
			return m && !ids.has(m[1]!);
		});
		expect(orphans).toEqual([]);
	});
});
