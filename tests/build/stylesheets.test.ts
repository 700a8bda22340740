// Each page loads the CSS of what it renders, and only that: every component's styles reach the pages
// that show it (a page never depends on a stylesheet it does not load), no page loads a stylesheet
// none of whose classes it has, and highlighted code has its colours wherever it appears.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { splitStylesheets } from '../../src/lib/stylesheet-bundles';
import { DIST, builtHtmlPages } from '../helpers/dist-files';

/**
 * What each selector of a stylesheet needs on a page to match something there: its classes and
 * Astro's scoping attributes (not what it only excludes, as in `:not(.not-prose)`). A selector with
 * none (`html`, `[hidden]`) is left out: it says nothing about which component the sheet is for.
 */
function selectorNeeds(css: string): string[][] {
	const selectors: string[][] = [];
	const collect = (node: unknown, into: Set<string>): void => {
		if (Array.isArray(node)) return node.forEach((n) => collect(n, into));
		if (!node || typeof node !== 'object') return;
		const n = node as { type?: string; kind?: string; name?: string };
		if (n.type === 'class' && n.name) into.add(n.name);
		if (n.type === 'attribute' && n.name?.startsWith('data-astro-cid-')) into.add(`[${n.name}]`);
		if (n.type === 'pseudo-class' && n.kind === 'not') return;
		Object.values(node).forEach((v) => collect(v, into));
	};
	transform({
		filename: 'page.css',
		code: Buffer.from(css),
		visitor: {
			Selector(selector) {
				const needs = new Set<string>();
				collect(selector, needs);
				if (needs.size > 0) selectors.push([...needs]);
			},
		},
	});
	return selectors;
}

const readSheet = (href: string) => readFileSync(join(DIST, href.replace(/^\//, '')), 'utf8');
/** A page's links, each joined file read back as the stylesheets it joins (src/lib/stylesheet-bundles.ts). */
const partCss = new Map<string, string>();
const partsOf = (href: string) =>
	splitStylesheets(href, readSheet(href)).map((part) => {
		partCss.set(part.href, part.css);
		return part.href;
	});
const sheetCache = new Map<string, string[][]>();
const sheetSelectors = (href: string) => {
	if (!sheetCache.has(href)) sheetCache.set(href, selectorNeeds(partCss.get(href) ?? readSheet(href)));
	return sheetCache.get(href)!;
};
/** Whether some selector of the sheet finds everything it needs on the page. */
const applies = (href: string, tokens: Set<string>) => sheetSelectors(href).some((needs) => needs.every((t) => tokens.has(t)));

const pages = builtHtmlPages().map(({ path, html }) => {
	const tree = fromHtml(html);
	const links = selectAll('link[rel="stylesheet"]', tree).map((l) => String(l.properties.href));
	const sheets = links.flatMap(partsOf);
	const tokens = new Set<string>();
	for (const el of selectAll('*', tree)) {
		for (const c of (el.properties.className as string[] | undefined) ?? []) tokens.add(String(c));
		for (const name of Object.keys(el.properties)) if (name.startsWith('dataAstroCid')) tokens.add(`[data-astro-cid-${name.slice('dataAstroCid'.length).replace(/^-/, '').toLowerCase()}]`);
	}
	return { path, links, sheets, tokens };
});
const allSheets = [...new Set(pages.flatMap((p) => p.sheets))];

describe('stylesheets per page', () => {
	it.each(pages.map((p) => [p.path, p] as const))('%s: loads every stylesheet with rules for what it has', (_path, page) => {
		const missed = allSheets.filter((href) => !page.sheets.includes(href) && applies(href, page.tokens));
		expect(missed, 'stylesheets with rules for this page that it does not load').toEqual([]);
	});

	// Stylesheets a page may load without using, because a component it imports renders nothing there
	// (Astro bundles CSS per import, not per render), keyed by a class each styles. Anything else unused fails.
	const MAY_GO_UNUSED: Record<string, string> = {
		sources: "the requirement matrix is drawn with the comparison tables' styles, which bring the source links'",
		marker: 'table cells import the marker of corrected values; some pairs have no corrected value',
	};
	const mayGoUnused = (href: string) => sheetSelectors(href).some((needs) => needs.some((c) => c in MAY_GO_UNUSED));

	it.each(pages.map((p) => [p.path, p] as const))('%s: loads no stylesheet without rules for what it has', (_path, page) => {
		// columns.css selects by attribute (data-columns, data-distro), not by class.
		const unused = page.sheets.filter((href) => href !== '/columns.css' && !applies(href, page.tokens) && !mayGoUnused(href));
		expect(unused).toEqual([]);
	});

	it('highlighted code: the pages that have it load the code stylesheet, which has a rule for each of its classes', () => {
		const code = new Set(sheetSelectors('/code-theme.css').flat());
		for (const page of pages) {
			const shiki = [...page.tokens].filter((c) => /^sh[ld]/.test(c));
			expect(page.sheets.includes('/code-theme.css'), page.path).toBe(shiki.length > 0);
			expect(shiki.filter((c) => !code.has(c)), page.path).toEqual([]);
		}
	});

	it('component notes load neither the tables nor the chooser; the chooser page does', () => {
		const has = (path: string, cls: string) => pages.find((p) => p.path === path)!.sheets.some((href) => sheetSelectors(href).some((needs) => needs.includes(cls)));
		expect(has('/components/kine/', 'row-table')).toBe(false);
		expect(has('/components/kine/', 'chooser__needs')).toBe(false);
		expect(has('/choose/', 'chooser__needs')).toBe(true);
	});

	it("each page makes one request for Astro's stylesheets, and the comparison page's joins the tables' with the rest", () => {
		const astroLinks = (p: (typeof pages)[number]) => p.links.filter((href) => href.includes('/_astro/'));
		expect(pages.filter((p) => astroLinks(p).length > 1).map((p) => p.path)).toEqual([]);
		const compare = pages.find((p) => p.path === '/compare/')!;
		expect(astroLinks(compare)).toHaveLength(1);
		// Read back as its parts, so the checks above judge each component's stylesheet, not the joined file.
		expect(compare.sheets.length).toBeGreaterThan(1);
		expect(compare.sheets.some((href) => sheetSelectors(href).some((needs) => needs.includes('row-table')))).toBe(true);
	});

	it('the check can fail: the comparison page without its table stylesheet misses it', () => {
		const compare = pages.find((p) => p.path === '/compare/')!;
		const tables = compare.sheets.find((href) => sheetSelectors(href).some((needs) => needs.includes('row-table')))!;
		expect(tables).toBeDefined();
		expect(applies(tables, compare.tokens)).toBe(true);
		expect(applies(tables, pages.find((p) => p.path === '/components/')!.tokens)).toBe(false);
	});
});

/**
 * Font sizes and weights a stylesheet sets outside the design tokens: a size in px or rem (the
 * type scale's `var(--text-*)` and sizes relative to the text, `em` or `%`, are fine) and a weight
 * other than 400, 600 or 700. Each size and weight a page uses is a font the browser resolves
 * before its first paint, so stray ones cost time as well as consistency.
 */
function offScale(css: string): string[] {
	const found: string[] = [];
	transform({
		filename: 'page.css',
		code: Buffer.from(css),
		visitor: {
			Declaration(decl) {
				// Parsed values only: `var(--text-*)` and `inherit` come as unparsed tokens, which are fine.
				const size = decl.property === 'font-size' ? decl.value : decl.property === 'font' ? decl.value.size : undefined;
				if (size?.type === 'length' && size.value.type === 'dimension' && ['px', 'rem'].includes(size.value.value.unit)) found.push(`font-size: ${size.value.value.value}${size.value.value.unit}`);
				const weight = decl.property === 'font-weight' ? decl.value : decl.property === 'font' ? decl.value.weight : undefined;
				if (weight?.type === 'absolute' && weight.value.type === 'weight' && ![400, 600, 700].includes(weight.value.value)) found.push(`font-weight: ${weight.value.value}`);
			},
		},
	});
	return found;
}

describe('type scale', () => {
	it('every font size comes from the type scale and every weight is 400, 600 or 700', () => {
		const stray = allSheets.flatMap((href) => offScale(partCss.get(href) ?? readSheet(href)).map((d) => `${href}: ${d}`));
		expect(stray).toEqual([]);
	});

	it('the check can fail: sizes in px or rem and other weights are found, tokens and relative sizes are not', () => {
		expect(offScale('a{font-size:13px;font-weight:650}b{font:800 1.5rem/1 x}')).toEqual(['font-size: 13px', 'font-weight: 650', 'font-size: 1.5rem', 'font-weight: 800']);
		expect(offScale('a{font-size:var(--text-xs);font-weight:600}b{font-size:.875em;font-weight:bolder}c{font:700 var(--text-sm)/1 x}')).toEqual([]);
	});
});
