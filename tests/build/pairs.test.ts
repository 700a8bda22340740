// Pair pages (/<a>-vs-<b>/): one per pair of declared distributions in every edition, each with its
// own title and a self-canonical URL, listed in the sitemap, and left out of the search index
// (a row's canonical place is its table page).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { LANG_META, PUBLISHED_LANGS, localizePath } from '../../src/i18n/langs';
import { allPairs } from '../../src/lib/pairs';
import { absoluteUrl, pairPath, rowPath } from '../../src/lib/urls';
import { SITE } from '../../src/site.config';
import { loadContent, ROOT } from '../helpers/content';
import { DIST } from '../helpers/dist-files';
import { scanTags } from '../helpers/link-check';
import { loadPagefind, type LoadedPagefind } from '../helpers/pagefind-node';

const { distros, rows } = loadContent();
const pairs = allPairs(distros);
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const textFile = (lang: string) => (lang === 'en' ? 'content/data/pairs.yaml' : `content/i18n/${lang}/pairs.yaml`);

describe.each(PUBLISHED_LANGS.map((lang) => [lang] as const))('pair pages (%s)', (lang) => {
	const texts = load(readFileSync(join(ROOT, textFile(lang)), 'utf8')) as Record<string, { title: string }>;

	it.each(pairs.map((p) => [p.id, p] as const))('%s exists, titled and self-canonical, in the sitemap', (_id, pair) => {
		const path = localizePath(pairPath(pair.a.id, pair.b.id), lang);
		const file = join(DIST, path, 'index.html');
		expect(existsSync(file), `${file} missing`).toBe(true);
		const tags = scanTags(readFileSync(file, 'utf8'));
		const attr = (name: string, key: string, value: string, want: string) => tags.find((t) => t.name === name && t.attrs.get(key) === value)?.attrs.get(want);
		const url = absoluteUrl(SITE.url, '/', path);
		expect(attr('link', 'rel', 'canonical', 'href')).toBe(url);
		expect(attr('meta', 'property', 'og:title', 'content')).toBe(texts[pair.id]!.title);
		for (const other of PUBLISHED_LANGS) expect(attr('link', 'hreflang', LANG_META[other].htmlLang, 'href')).toBe(absoluteUrl(SITE.url, '/', localizePath(pairPath(pair.a.id, pair.b.id), other)));
		expect(sitemap).toContain(`<loc>${url}</loc>`);
		// Only the pair's two columns.
		const cells = new Set(tags.filter((t) => t.name === 'td' && t.attrs.has('data-distro')).map((t) => t.attrs.get('data-distro')));
		expect(cells).toEqual(new Set([pair.a.id, pair.b.id]));
	});
});

describe('search indexes each row once, at its table page', () => {
	let pagefind: LoadedPagefind;
	beforeAll(async () => {
		pagefind = await loadPagefind();
	});

	it('the row index of each edition holds every row once, at its table page', () => {
		for (const lang of PUBLISHED_LANGS) {
			const file = join(DIST, LANG_META[lang].prefix.slice(1), 'search-rows.json');
			const entries = (JSON.parse(readFileSync(file, 'utf8')) as { id: string; kind: string; path: string }[]).filter((e) => e.kind === 'row');
			expect(entries.map((e) => e.id).sort(), file).toEqual(rows.map((r) => r.id).sort());
			for (const entry of entries) {
				const row = rows.find((r) => r.id === entry.id)!;
				expect(entry.path).toBe(localizePath(rowPath(row), lang));
			}
		}
	});

	// Words from each pair page's own title and lead: the page is built, yet never a search result.
	it.each(pairs.map((p) => [p.id, p] as const))('Pagefind never returns the pair page %s', async (_id, pair) => {
		const texts = load(readFileSync(join(ROOT, textFile('en')), 'utf8')) as Record<string, { title: string; lead: string }>;
		for (const query of [`${pair.a.name} ${pair.b.name}`, texts[pair.id]!.lead.split(/\s+/).slice(0, 6).join(' ')]) {
			const response = await pagefind.search(query);
			const urls = await Promise.all((response?.results ?? []).map(async (r) => (await r.data()).url));
			expect(urls.filter((u) => /-vs-/.test(u)), query).toEqual([]);
		}
	});
});
