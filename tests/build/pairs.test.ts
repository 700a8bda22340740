// Pair pages (/<a>-vs-<b>/): one per pair of declared distributions in every edition, each with its
// own title and a self-canonical URL, listed in the sitemap, and left out of the search index
// (a row's canonical place is its table page).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { LANG_META, PUBLISHED_LANGS, localizePath } from '../../src/i18n/langs';
import { allPairs } from '../../src/lib/pairs';
import { absoluteUrl, pairPath } from '../../src/lib/urls';
import { cellValues } from '../../src/lib/values';
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
	afterAll(() => undefined);

	// A value from every tenth row: each search must find the table page and never a pair page.
	const samples = rows.filter((_, i) => i % 10 === 0).flatMap((r) => cellValues(Object.values(r.values).find((c) => c.value !== null)!).slice(0, 1).map((v) => [r.id, v] as const));

	it.each(samples)('%s (%s)', async (_id, value) => {
		const response = await pagefind.search(value);
		const urls = await Promise.all((response?.results ?? []).map(async (r) => (await r.data()).url));
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.filter((u) => /-vs-/.test(u))).toEqual([]);
	});
});
