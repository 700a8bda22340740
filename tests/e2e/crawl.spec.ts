// One visit per built page shares its load among every per-page check: status and head tags, console errors
// and CSP violations, requests to other origins, sideways scrolling from 360 to 1280 px, axe in both themes at
// desktop and phone width (theme and width change on the loaded page), then the same page without JavaScript.
// One test per page, so a slow page can only time out itself.
import { axeViolations, baseURLOf, expect, test, THEMES, WIDTHS, watchPage } from './fixtures';
import { builtPages } from './helpers';

const PAGES = builtPages();
/** Pages with comparison tables, in either edition. */
const isTablePage = (path: string) => /^\/(?:zh\/)?(compare|paths|commands)\/$/.test(path);
/** Phone, tablet, just below and at the width where the header becomes one row. */
const SCROLL_WIDTHS = [360, 768, 1100, 1279, 1280];

for (const path of PAGES) {
	test(`${path}: loads cleanly, stays on the site, no sideways scroll, axe in both themes and widths, works without JavaScript`, async ({ shared: page, nojs }, info) => {
		// Four axe scans of the longest table page take about 30 s on an idle 2-core machine; leave room for a busy one.
		test.setTimeout(180_000);
		const watcher = watchPage(page, new URL(baseURLOf(info)).origin);
		try {
			await test.step('loads with status 200 and its head tags', async () => {
				await page.setViewportSize(WIDTHS.desktop);
				await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
				const response = await page.goto(path, { waitUntil: 'networkidle' });
				expect(response?.status()).toBe(200);
				await expect(page.locator('h1')).toHaveCount(1);
				await expect(page.locator('html')).toHaveAttribute('lang', /^(en|zh-CN)$/);
				expect(await page.title()).not.toBe('');
				await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
				await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\//);
				await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
				await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https:\/\//);
			});

			await test.step('no width from 360 to 1280 px scrolls sideways', async () => {
				const overflows: string[] = [];
				for (const width of SCROLL_WIDTHS) {
					await page.setViewportSize({ width, height: 740 });
					const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
					if (overflow > 0) overflows.push(`${width}px: ${overflow}px`);
				}
				expect(overflows, `${path} scrolls sideways at`).toEqual([]);
			});

			await test.step('axe finds nothing in both themes at desktop and phone width', async () => {
				const failures: string[] = [];
				for (const theme of THEMES) {
					await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
					await expect(page.locator('html'), `${path} applies the ${theme} theme`).toHaveAttribute('data-theme', theme);
					for (const [widthName, viewport] of Object.entries(WIDTHS)) {
						await page.setViewportSize(viewport);
						for (const v of await axeViolations(page, info)) failures.push(`${theme} · ${widthName} ${viewport.width}×${viewport.height}: ${v}`);
					}
				}
				expect(failures, `axe violations on ${path} (theme · width: rule [impact] help | target | summary)`).toEqual([]);
			});
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
