// Shared pieces of the quality checks: one browser page per worker (with and without JavaScript), axe,
// and a request watcher. Tests never store state in the shared pages (no localStorage, no permissions):
// the theme comes from the emulated colour scheme with the default `system` preference.
import axe from 'axe-core';
import { expect, test as base, type Page, type TestInfo } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * The rules (of AXE_TAGS) whose result depends on colours. The themes differ in colours only (tokens are
 * light-dark() values switched by color-scheme; there are no `dark:` layout rules), so the second theme of a
 * page is scanned with these alone: the structure, names and layout it shares were judged in the first.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
export const THEMES = ['light', 'dark'] as const;
export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
export type Theme = (typeof THEMES)[number];
/** A theme at a width: what axe scans on a loaded page, each of these in turn. */
export interface View {
	theme: Theme;
	name: keyof typeof WIDTHS;
	viewport: { width: number; height: number };
	/** Every rule of AXE_TAGS, or (in the second theme) the colour rules only. */
	rules: 'all' | 'colour';
}
export const VIEWS: readonly View[] = THEMES.flatMap((theme, t) =>
	(Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]).map((name): View => ({ theme, name, viewport: WIDTHS[name], rules: t === 0 ? 'all' : 'colour' })),
);

declare global {
	interface Window {
		axe: typeof axe;
	}
}

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

/**
 * Runs axe on the page as it is now (theme, width, open dialogs) and returns one readable line per violating
 * node (empty when clean); `include` limits the scan to part of the page.
 * axe-core is put into each document once and then called directly: @axe-core/playwright evaluates its
 * ~600 KB source twice per scan, which doubled the cost of a scan on a small page, and a page is scanned
 * four times (two themes × two widths) on one load. axe.run() scans only the top document, so the site
 * must have no frames.
 */
export async function axeViolations(page: Page, info: TestInfo, include?: string, rules: View['rules'] = 'all'): Promise<string[]> {
	expect(await page.locator('iframe, frame').count(), 'axe.run() here does not scan frames').toBe(0);
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	// Content the browser skips until it comes near (`content-visibility: auto`, the tables) has stale geometry
	// and no hit-testing: axe would misjudge target sizes and leave contrast unchecked. Render it all, as a
	// reader scrolling through would see it.
	await page.evaluate(() => {
		for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
		// Rendering it moves the page under the sticky header; scan from the top, where the header covers nothing.
		scrollTo(0, 0);
	});
	// The page reacts to what it now lays out (scrolling code becomes a tab stop, from a ResizeObserver):
	// observers run before the next frame paints, so scan after two frames.
	await nextFrames(page);
	const runOnly: axe.RunOnly = rules === 'all' ? { type: 'tag', values: AXE_TAGS } : { type: 'rule', values: COLOUR_RULES };
	const violations = await page.evaluate(
		([only, selector]) => window.axe.run(selector ?? document, { runOnly: only, resultTypes: ['violations'] }).then((r) => r.violations),
		[runOnly, include] as const,
	);
	if (violations.length) await info.attach('axe-violations.json', { body: JSON.stringify(violations, null, 2), contentType: 'application/json' });
	return violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} [${v.impact ?? '?'}] ${v.help} | target: ${n.target.join(' ')} | ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
	);
}

/**
 * Resolves once the page has drawn two more frames: by then it has run its resize handlers and what they
 * queued for the next frame (code and tables that scroll in their box become focusable in one).
 */
export async function nextFrames(page: Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Runs axe in each view on the page as loaded (the theme follows the emulated colour scheme); one line per violation, each naming its view. */
export async function axeInViews(page: Page, info: TestInfo, views: readonly View[] = VIEWS, include?: string): Promise<string[]> {
	const failures: string[] = [];
	for (const { theme, name, viewport, rules } of views) {
		await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
		await expect(page.locator('html'), `applies the ${theme} theme`).toHaveAttribute('data-theme', theme);
		await page.setViewportSize(viewport);
		await nextFrames(page);
		for (const v of await axeViolations(page, info, include, rules)) failures.push(`${theme} · ${name} ${viewport.width}×${viewport.height}: ${v}`);
	}
	return failures;
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
	try {
		await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
	} catch (error) {
		// Say where the search stopped (no answer yet, an error, an empty answer), not only that nothing showed.
		const where = await page.evaluate(() => ({ state: document.getElementById('search-dialog')?.dataset.state, status: document.getElementById('search-status')?.textContent }));
		throw new Error(`search for "${query}" shows no result: dialog state ${where.state ?? 'unset'}, status "${where.status ?? ''}"`, { cause: error });
	}
}
