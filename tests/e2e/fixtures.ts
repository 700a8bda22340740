// Shared pieces of the quality checks: one browser page per worker (with and without JavaScript), axe,
// and a request watcher. Tests never store state in the shared pages (no localStorage, no permissions):
// the theme comes from the emulated colour scheme with the default `system` preference.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page, type TestInfo } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export const THEMES = ['light', 'dark'] as const;
export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
export type Theme = (typeof THEMES)[number];

export function baseURLOf(info: { project: { use: { baseURL?: string } } }): string {
	const url = info.project.use.baseURL;
	if (!url) throw new Error('playwright.config.ts must set use.baseURL');
	return url;
}

/** `shared`: a page with JavaScript that reports CSP violations to the console; `nojs`: one without JavaScript. */
export const test = base.extend<{}, { shared: Page; nojs: Page }>({
	shared: [
		async ({ browser }, use, info) => {
			const context = await browser.newContext({ baseURL: baseURLOf(info) });
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
			});
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
	nojs: [
		async ({ browser }, use, info) => {
			const context = await browser.newContext({ baseURL: baseURLOf(info), javaScriptEnabled: false });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

export { expect };

/** Runs axe and returns one readable line per violating node (empty when clean). */
export async function axeViolations(page: Page, info: TestInfo): Promise<string[]> {
	// Legacy mode runs axe.run() in the page itself instead of runPartial() plus a finishing page per scan:
	// 4–5× faster on the big table pages. It skips iframes, so the site must have none.
	expect(await page.locator('iframe, frame').count(), 'legacy-mode axe does not scan frames').toBe(0);
	// Content the browser skips until it comes near (`content-visibility: auto`, the tables) has stale geometry
	// and no hit-testing: axe would misjudge target sizes and leave contrast unchecked. Render it all, as a
	// reader scrolling through would see it.
	await page.evaluate(() => {
		for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
	});
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
	if (results.violations.length) await info.attach('axe-violations.json', { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} [${v.impact ?? '?'}] ${v.help} | target: ${n.target.join(' ')} | ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
	);
}

/** Records, until stopped, every request and page error: requests to other origins, console errors, uncaught exceptions. */
export function watchPage(page: Page, origin: string) {
	const foreign: string[] = [];
	const errors: string[] = [];
	let requests = 0;
	const onRequest = (request: { url(): string }) => {
		requests++;
		const url = request.url();
		let requestOrigin: string;
		try {
			requestOrigin = new URL(url).origin; // blob:http://host/uuid has the origin of its creator
		} catch {
			requestOrigin = 'unparseable';
		}
		if (requestOrigin !== origin) foreign.push(url.slice(0, 200));
	};
	const onConsole = (msg: { type(): string; text(): string }) => {
		if (msg.type() === 'error') errors.push(msg.text());
	};
	const onPageError = (err: Error) => errors.push(err.message);
	page.on('request', onRequest);
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	return {
		foreign,
		errors,
		requests: () => requests,
		stop: () => {
			page.off('request', onRequest);
			page.off('console', onConsole);
			page.off('pageerror', onPageError);
		},
	};
}

export async function openSearchWithResults(page: Page, query: string) {
	await page.locator('#search-trigger').click();
	await expect(page.locator('#search-dialog')).toBeVisible();
	await page.locator('#search-input').fill(query);
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
}
