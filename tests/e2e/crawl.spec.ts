// One visit per built page shares its load among every per-page check: status, console errors and CSP
// violations, requests to other origins, sideways scrolling from 360 to 1280 px, axe in both themes at desktop
// and phone width (theme and width change on the loaded page), then the same page without JavaScript.
// One test per page, so a slow page can only time out itself. What a page's HTML says on its own (head tags,
// one h1, the pair pages' columns) is checked for every page in tests/build/pages.test.ts, without a browser.
//
// axe runs in four views on one load: every rule in the light theme at desktop and phone width, then the rules
// that depend on colour in the dark theme (fixtures.ts: the themes differ in colours only).
//
// Pair pages (/<a>-vs-<b>/, both editions) are sampled: they come from one template filled with data, and each
// is a table page several times over (an axe scan of one takes as long as twenty other pages). In each edition
// the largest pair page (the most values and the longest ones: where text first overflows or clashes) gets
// every check, at every width, in both themes. The table pages show two columns until a reader picks others,
// so the cells of the other distributions are scanned on pair pages: after the largest, the largest pair with
// a distribution not scanned yet, until every distribution's cells have been, at desktop width in both themes.
// Every other pair page is still loaded, watched, landed on by a row anchor, read without JavaScript and
// checked for sideways scroll at phone and desktop width; what differs between them is data, whose HTML is
// validated, and whose head, columns and anchors are checked, page by page in tests/build.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_LANGS, localizePath } from '../../src/i18n/langs';
import { allPairs } from '../../src/lib/pairs';
import { pairPath } from '../../src/lib/urls';
import { loadContent } from '../helpers/content';
import { DIST } from '../helpers/dist-files';
import { axeInViews, baseURLOf, expect, test, VIEWS, WIDTHS, watchPage, type View } from './fixtures';
import { builtPages, expectRowLanded } from './helpers';

/** Pages with comparison tables, in either edition. */
const isTablePage = (path: string) => /^\/(?:zh\/)?(compare|paths|commands)\/$/.test(path);
/** Phone, tablet, just below and at the width where the header becomes one row. */
const SCROLL_WIDTHS = [360, 768, 1100, 1279, 1280];
/** A row every pair page has (tests/build/ids.test.ts), to prove a row anchor lands on each. */
const PAIR_ANCHOR = 'kubeconfig';
const DESKTOP_VIEWS = VIEWS.filter((v) => v.name === 'desktop');

interface Plan {
	path: string;
	/** The pair's two distribution ids, on a pair page. */
	pair?: [string, string];
	scrollWidths: readonly number[];
	views: readonly View[];
}

/** Every built page with what is checked on it; the longest tests first, so none of them starts last. */
function plans(): Plan[] {
	const size = (path: string) => statSync(path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html')).size;
	const pairs = allPairs(loadContent().distros);
	const full: Plan[] = [];
	const sampled: Plan[] = [];
	for (const lang of PUBLISHED_LANGS) {
		const pages = pairs.map((p) => ({ path: localizePath(pairPath(p.a.id, p.b.id), lang), pair: [p.a.id, p.b.id] as [string, string] }));
		const [largest, ...rest] = pages.sort((a, b) => size(b.path) - size(a.path));
		full.push({ path: largest!.path, pair: largest!.pair, scrollWidths: SCROLL_WIDTHS, views: VIEWS });
		// Fewest pages that scan every distribution: each time the (largest) pair with the most not yet scanned.
		const scanned = new Set(largest!.pair);
		const unscanned = (p: { pair: string[] }) => p.pair.filter((d) => !scanned.has(d)).length;
		const pick = () => rest.find((p) => unscanned(p) === 2) ?? rest.find((p) => unscanned(p) > 0);
		const forDistros = new Set<(typeof rest)[number]>();
		for (let next = pick(); next; next = pick()) {
			forDistros.add(next);
			next.pair.forEach((d) => scanned.add(d));
		}
		for (const p of rest) sampled.push({ path: p.path, pair: p.pair, scrollWidths: [WIDTHS.phone.width, WIDTHS.desktop.width], views: forDistros.has(p) ? DESKTOP_VIEWS : [] });
	}
	const pairPaths = new Set([...full, ...sampled].map((p) => p.path));
	const others = builtPages()
		.filter((path) => !pairPaths.has(path))
		.sort((a, b) => size(b) - size(a))
		.map((path): Plan => ({ path, scrollWidths: SCROLL_WIDTHS, views: VIEWS }));
	// The pair pages scanned for their distributions first among the sampled ones: they take longer.
	return [...full, ...others, ...sampled.sort((a, b) => b.views.length - a.views.length)];
}

for (const { path, pair, scrollWidths, views } of plans()) {
	const axeScope = views === VIEWS ? ', axe in both themes and widths' : views.length ? ', axe in both themes at desktop width (a pair page scanned for its distributions)' : ' (a sampled pair page: no axe)';
	test(`${path}: loads cleanly, stays on the site, no sideways scroll${axeScope}, works without JavaScript`, async ({ shared: page, nojs }, info) => {
		// Four axe scans of the longest table page take about 30 s on an idle 2-core machine; leave room for a busy one.
		test.setTimeout(180_000);
		const watcher = watchPage(page, new URL(baseURLOf(info)).origin);
		try {
			await test.step('loads with status 200', async () => {
				await page.setViewportSize(WIDTHS.desktop);
				await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
				// The watcher keeps listening through the scans below, so a request made after `load` is still seen.
				const response = await page.goto(pair ? `${path}#${PAIR_ANCHOR}` : path);
				expect(response?.status()).toBe(200);
			});

			if (pair) {
				await test.step(`a row anchor lands on its row; both columns (${pair.join(', ')}) show`, async () => {
					await expectRowLanded(page, PAIR_ANCHOR);
					for (const id of pair) await expect(page.locator(`table.cmp tbody td[data-distro="${id}"]`).first()).toBeVisible();
				});
			}

			await test.step(`no width of ${scrollWidths.join(', ')} px scrolls sideways`, async () => {
				const overflows: string[] = [];
				for (const width of scrollWidths) {
					await page.setViewportSize({ width, height: 740 });
					const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
					if (overflow > 0) overflows.push(`${width}px: ${overflow}px`);
				}
				expect(overflows, `${path} scrolls sideways at`).toEqual([]);
			});

			if (views.length) {
				await test.step('axe finds nothing', async () => {
					expect(await axeInViews(page, info, views), `axe violations on ${path} (theme · width: rule [impact] help | target | summary)`).toEqual([]);
				});
			}
		} finally {
			watcher.stop();
		}
		expect(watcher.requests(), 'saw the page load').toBeGreaterThan(0);
		expect(watcher.foreign, `requests to other origins from ${path}`).toEqual([]);
		expect(watcher.errors, `console errors, page errors or CSP violations on ${path}`).toEqual([]);

		await test.step('without JavaScript: content, a note that search needs JavaScript, JS-only controls hidden', async () => {
			const response = await nojs.goto(path);
			expect(response?.status()).toBe(200);
			await expect(nojs.locator('h1')).toBeVisible();
			await expect(nojs.locator('h1')).not.toBeEmpty();
			const note = nojs.locator('.search-nojs');
			await expect(note).toBeVisible();
			await expect(note).toContainText(/JavaScript/);
			await expect(nojs.locator('#search-trigger')).toBeHidden();
			await expect(nojs.locator('#theme-select')).toBeHidden();
			const visibleCopyButtons = await nojs.locator('.copy-btn').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
			expect(visibleCopyButtons, 'visible copy buttons').toBe(0);
			if (isTablePage(path)) {
				const rows = nojs.locator('table tbody tr');
				expect(await rows.count(), 'table rows').toBeGreaterThan(0);
				const hidden = await rows.evaluateAll((els) => els.filter((el) => !(el as HTMLElement).checkVisibility()).map((el) => el.id || el.textContent?.trim().slice(0, 40)));
				expect(hidden, `hidden table rows on ${path} without JS`).toEqual([]);
			}
		});
	});
}
