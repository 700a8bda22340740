// What each built page's HTML says on its own, read without a browser (the browser tests in
// tests/e2e/crawl.spec.ts load every page for what needs one): the head tags a page is shared and
// indexed by, one h1, its edition's language, and on each pair page exactly the pair's two columns
// in every table, with no distribution picker. The browser tests sample pair pages (one template,
// twenty pages); these checks cover every one of them.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { LANG_META, PUBLISHED_LANGS, langOfPath, localizePath } from '../../src/i18n/langs';
import { allPairs } from '../../src/lib/pairs';
import { pairPath } from '../../src/lib/urls';
import { loadContent } from '../helpers/content';
import { builtHtmlPages } from '../helpers/dist-files';

const pages = builtHtmlPages();
/** Site path of each pair page in every edition → the pair's two distribution ids. */
const pairOf = new Map(PUBLISHED_LANGS.flatMap((lang) => allPairs(loadContent().distros).map((p) => [localizePath(pairPath(p.a.id, p.b.id), lang), [p.a.id, p.b.id]] as const)));

/** Problems with the head and heading of a page at `path` (empty when sound). */
function headProblems(tree: Root, path: string): string[] {
	const problems: string[] = [];
	const attr = (selector: string, name: string) => {
		const value = select(selector, tree)?.properties[name];
		return typeof value === 'string' ? value : undefined;
	};
	const lang = LANG_META[langOfPath(path)].htmlLang;
	if (attr('html', 'lang') !== lang) problems.push(`<html lang> is ${JSON.stringify(attr('html', 'lang'))}, expected ${lang}`);
	const h1s = selectAll('h1', tree);
	if (h1s.length !== 1 || !toString(h1s[0]!).trim()) problems.push(`${h1s.length} h1 (expected one, with text)`);
	if (!toString(select('head > title', tree) ?? { type: 'root', children: [] }).trim()) problems.push('empty or missing <title>');
	if ((attr('meta[name="description"]', 'content') ?? '').trim().length < 20) problems.push('meta description missing or under 20 characters');
	if (!/^https:\/\//.test(attr('link[rel="canonical"]', 'href') ?? '')) problems.push('canonical link missing or not https');
	if (!attr('meta[property="og:title"]', 'content')?.trim()) problems.push('og:title missing or empty');
	if (!/^https:\/\//.test(attr('meta[property="og:image"]', 'content') ?? '')) problems.push('og:image missing or not https');
	return problems;
}

/** Problems with a pair page's tables: every table shows exactly the pair's two columns, and nothing picks others. */
function pairProblems(tree: Root, pair: readonly [string, string]): string[] {
	const problems: string[] = [];
	const tables = selectAll('table.cmp', tree);
	if (!tables.length) problems.push('no comparison table');
	const want = [...pair].sort().join(',');
	tables.forEach((table, i) => {
		const heads = selectAll('thead th[data-distro]', table).map((th) => String(th.properties.dataDistro)).sort().join(',');
		const cells = [...new Set(selectAll('tbody td[data-distro]', table).map((td) => String(td.properties.dataDistro)))].sort().join(',');
		if (heads !== want || cells !== want) problems.push(`table ${i + 1}: header columns [${heads}], cell columns [${cells}], expected [${want}]`);
	});
	if (selectAll('[data-distro-picker]', tree).length) problems.push('has a distribution picker (a pair page shows its pair only)');
	return problems;
}

describe('every built page', () => {
	it('includes every pair page of every edition', () => {
		expect([...pairOf.keys()].filter((path) => !pages.some((p) => p.path === path))).toEqual([]);
	});

	it.each(pages.map((p) => [p.path, p] as const))('%s: head tags, language, one h1; on a pair page only its two columns', (path, page) => {
		const tree = fromHtml(page.html);
		expect(headProblems(tree, path)).toEqual([]);
		const pair = pairOf.get(path);
		if (pair) expect(pairProblems(tree, pair)).toEqual([]);
	});

	it('the checks report a page that lacks each thing (they can fail)', () => {
		const planted = fromHtml(
			'<!DOCTYPE html><html lang="en"><head><title> </title><meta name="description" content="short">' +
				'<link rel="canonical" href="http://x/"><meta property="og:image" content="/og.png"></head>' +
				'<body><h1>a</h1><h1>b</h1><div data-distro-picker></div><table class="cmp"><thead><tr><th>Item</th><th data-distro="k0s">k0s</th><th data-distro="rke2">RKE2</th></tr></thead>' +
				'<tbody><tr><th>x</th><td data-distro="k0s">1</td><td data-distro="rke2">2</td></tr></tbody></table></body></html>',
		);
		expect(headProblems(planted, '/zh/x/')).toEqual([
			'<html lang> is "en", expected zh-CN',
			'2 h1 (expected one, with text)',
			'empty or missing <title>',
			'meta description missing or under 20 characters',
			'canonical link missing or not https',
			'og:title missing or empty',
			'og:image missing or not https',
		]);
		expect(pairProblems(planted, ['k0s', 'k3s'])).toEqual(['table 1: header columns [k0s,rke2], cell columns [k0s,rke2], expected [k0s,k3s]', 'has a distribution picker (a pair page shows its pair only)']);
	});
});
