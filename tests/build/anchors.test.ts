// Published URLs and anchors never disappear: each must still exist, or have a declared redirect.
// After adding pages or rows, record them with `npm run anchors:update` (after a build).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingAnchors, publicAnchors, unregisteredAnchors, anchorRedirectsFrom, type AnchorMap } from '../../src/lib/anchors';
import { getRedirects } from '../../src/data/redirects';
import { builtHtmlPages } from '../helpers/dist-files';
import { ROOT } from '../helpers/content';

const REGISTRY = join(ROOT, 'tests/published-anchors.json');
const built: AnchorMap = Object.fromEntries(builtHtmlPages().map(({ path, html }) => [path, publicAnchors(html)]));
const redirects = getRedirects(ROOT);

if (process.env.UPDATE_ANCHORS) {
	const previous: AnchorMap = existsSync(REGISTRY) ? JSON.parse(readFileSync(REGISTRY, 'utf8')) : {};
	const lost = missingAnchors(previous, built, redirects);
	if (lost.length) throw new Error(`Refusing to update: these published anchors would disappear without a redirect:\n${lost.join('\n')}`);
	// Keep redirected entries: the registry only ever grows.
	const merged: AnchorMap = { ...previous };
	for (const [page, anchors] of Object.entries(built)) merged[page] = [...new Set([...(previous[page] ?? []), ...anchors])];
	writeFileSync(REGISTRY, `${JSON.stringify(Object.fromEntries(Object.entries(merged).sort()), null, '\t')}\n`);
}

const registry: AnchorMap = JSON.parse(readFileSync(REGISTRY, 'utf8'));

describe('published anchors', () => {
	it('every registered page and anchor still exists or is redirected', () => {
		expect(missingAnchors(registry, built, redirects)).toEqual([]);
	});

	it('every page and anchor of the build is registered (run `npm run anchors:update`)', () => {
		expect(unregisteredAnchors(registry, built)).toEqual([]);
	});

	it('declared redirects point at pages and anchors that exist', () => {
		for (const { to } of redirects.pages) expect(built, `redirect target ${to}`).toHaveProperty([to]);
		for (const { to } of redirects.anchors) {
			const [page, anchor] = to.split('#') as [string, string];
			expect(built[page] ?? [], `redirect target ${to}`).toContain(anchor);
		}
	});

	it('page redirects are real pages that forward', () => {
		for (const { from, to } of redirects.pages) {
			const file = join(ROOT, 'dist', from, 'index.html');
			expect(existsSync(file), `${from} has no forwarding page`).toBe(true);
			expect(readFileSync(file, 'utf8')).toContain(`url=${to}`);
		}
	});
});

describe('the registry check itself (fixtures)', () => {
	const registered: AnchorMap = { '/paths/': ['kubeconfig', 'old-row'], '/old-page/': [] };
	const now: AnchorMap = { '/paths/': ['kubeconfig'] };

	it('fails on a removed anchor and a removed page', () => {
		expect(missingAnchors(registered, now, { pages: [], anchors: [] })).toEqual(['/paths/#old-row', '/old-page/']);
	});

	it('accepts them once redirects are declared', () => {
		const declared = { pages: [{ from: '/old-page/', to: '/paths/' }], anchors: [{ from: '/paths/#old-row', to: '/paths/#kubeconfig' }] };
		expect(missingAnchors(registered, now, declared)).toEqual([]);
		expect(anchorRedirectsFrom('/paths/', declared)).toEqual({ 'old-row': '/paths/#kubeconfig' });
	});

	it('reports new anchors that are not registered yet', () => {
		expect(unregisteredAnchors({ '/paths/': ['kubeconfig'] }, { '/paths/': ['kubeconfig', 'new-row'], '/new/': [] })).toEqual(['/paths/#new-row', '/new/']);
	});

	it('finds public anchors only inside <main>, on headings, rows and cards', () => {
		const html = '<header><h2 id="nav">x</h2></header><main><h1 id="t">T</h1><div id="wrap"><tr id="row-a" data-x><li id="component-kine"><h3 id="sec">S</h3></main><footer id="f"></footer>';
		expect(publicAnchors(html)).toEqual(['t', 'row-a', 'component-kine', 'sec']);
	});
});
