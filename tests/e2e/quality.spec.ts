// Quality gates in a real browser: accessibility (axe) on every page in both themes and two widths,
// no third-party requests, a working site without JavaScript, keyboard-only use, visible focus.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { builtPages } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
const PAGES = builtPages();
const TABLE_PAGES = ['/compare/', '/paths/', '/commands/'];

type Theme = (typeof THEMES)[number];

function baseURLOf(info: { project: { use: { baseURL?: string } } }): string {
	const url = info.project.use.baseURL;
	if (!url) throw new Error('playwright.config.ts must set use.baseURL');
	return url;
}

/**
 * One browser context and page per worker for the many read-only scans, so each test costs a navigation,
 * not a context. `nojs` is the same with JavaScript disabled. Tests never store state in them (no localStorage,
 * no permissions): the theme comes from the emulated colour scheme with the default `system` preference.
 */
const test = base.extend<{}, { shared: Page; nojs: Page }>({
	shared: [
		async ({ browser }, use, info) => {
			const context = await browser.newContext({ baseURL: baseURLOf(info) });
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

async function open(page: Page, path: string, theme: Theme, viewport: { width: number; height: number }) {
	await page.setViewportSize(viewport);
	await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
	const response = await page.goto(path);
	expect(response?.status(), `${path} status`).toBe(200);
	await expect(page.locator('html'), `${path} applies the ${theme} theme`).toHaveAttribute('data-theme', theme);
}

/** Runs axe and returns one readable line per violating node (empty when clean). */
async function axeViolations(page: Page, info: TestInfo): Promise<string[]> {
	// Legacy mode runs axe.run() in the page itself instead of runPartial() plus a finishing page per scan:
	// 4–5× faster on the big table pages. It skips iframes, so the site must have none.
	expect(await page.locator('iframe, frame').count(), 'legacy-mode axe does not scan frames').toBe(0);
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
	if (results.violations.length) await info.attach('axe-violations.json', { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} [${v.impact ?? '?'}] ${v.help} | target: ${n.target.join(' ')} | ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`),
	);
}

async function openSearchWithResults(page: Page, query: string) {
	await page.locator('#search-trigger').click();
	await expect(page.locator('#search-dialog')).toBeVisible();
	await page.locator('#search-input').fill(query);
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
}

test.describe('axe: every page, both themes, desktop and phone', () => {
	// One test per page, scanning its four theme × width combinations, so a failing page costs one worker
	// restart (Playwright discards a worker after a failure) and the report still names each combination.
	// Speed: the component pages (19 per edition) share one template, so they are scanned at phone width only (in both themes);
	// the full 4-way scan of every page took over 3 minutes on 2 cores, mostly in the big table pages.
	const isComponentPage = (path: string) => /^\/(?:[a-z]{2}\/)?components\/[^/]+\/$/.test(path);
	for (const path of PAGES) {
		test(`axe ${path} · light+dark · ${isComponentPage(path) ? 'phone' : 'desktop+phone'}`, async ({ shared: page }, info) => {
			test.setTimeout(120_000);
			const failures: string[] = [];
			for (const theme of THEMES) {
				for (const [widthName, viewport] of Object.entries(WIDTHS)) {
					if (widthName === 'desktop' && isComponentPage(path)) continue;
					await open(page, path, theme, viewport);
					const violations = await axeViolations(page, info);
					for (const v of violations) failures.push(`${path} · ${theme} · ${widthName} ${viewport.width}×${viewport.height}: ${v}`);
				}
			}
			expect(failures, `axe violations on ${path} (page · theme · width: rule [impact] help | target | summary)`).toEqual([]);
		});
	}

	test('axe with this configuration reports a planted violation (the check can fail)', async ({ shared: page }, info) => {
		await page.setContent('<!DOCTYPE html><html lang="en"><head><title>Planted</title></head><body><main><h1>x</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#"></a><button type="button"></button></main></body></html>');
		const ids = (await axeViolations(page, info)).map((v) => v.split(' ')[0]);
		expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'button-name']));
	});

	for (const theme of THEMES) {
		test(`axe search dialog open with results · ${theme}`, async ({ shared: page }, info) => {
			await open(page, '/', theme, WIDTHS.desktop);
			await openSearchWithResults(page, 'kubeconfig');
			const violations = await axeViolations(page, info);
			expect(violations, `axe violations with the search dialog open (${theme} theme)`).toEqual([]);
		});
	}
});

test.describe('privacy: no third-party requests', () => {
	/** Records every request URL whose origin is not the test server's. */
	function watch(page: Page, origin: string): { foreign: string[]; count: () => number; stop: () => void } {
		const foreign: string[] = [];
		let count = 0;
		const listener = (request: { url(): string }) => {
			count++;
			const url = request.url();
			let requestOrigin: string;
			try {
				requestOrigin = new URL(url).origin; // blob:http://host/uuid has the origin of its creator
			} catch {
				requestOrigin = 'unparseable';
			}
			if (requestOrigin !== origin) foreign.push(url.slice(0, 200));
		};
		page.on('request', listener);
		return { foreign, count: () => count, stop: () => page.off('request', listener) };
	}

	for (const path of PAGES) {
		test(`requests stay on the site: ${path}`, async ({ shared: page }, info) => {
			const origin = new URL(baseURLOf(info)).origin;
			const watcher = watch(page, origin);
			try {
				await page.setViewportSize(WIDTHS.desktop);
				await page.goto(path, { waitUntil: 'networkidle' });
			} finally {
				watcher.stop();
			}
			expect(watcher.count(), 'saw the page load').toBeGreaterThan(0);
			expect(watcher.foreign, `requests to other origins from ${path}`).toEqual([]);
		});
	}

	test('requests stay on the site while searching', async ({ shared: page }, info) => {
		const origin = new URL(baseURLOf(info)).origin;
		const watcher = watch(page, origin);
		try {
			await page.setViewportSize(WIDTHS.desktop);
			await page.goto('/compare/');
			await openSearchWithResults(page, 'kubeconfig');
			await page.waitForLoadState('networkidle');
		} finally {
			watcher.stop();
		}
		expect(watcher.count(), 'search loaded its code and index').toBeGreaterThan(3);
		expect(watcher.foreign, 'requests to other origins while searching').toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test('page.evaluate still works with JavaScript disabled (the checks below rely on it)', async ({ nojs: page }) => {
		await page.goto('/');
		expect(await page.evaluate(() => document.documentElement.classList.contains('no-js'))).toBe(true);
	});

	for (const path of PAGES) {
		test(`no-JS ${path}: 200, h1, search explains it needs JavaScript, JS-only controls hidden`, async ({ nojs: page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator('h1')).not.toBeEmpty();
			const nojsNote = page.locator('.search-nojs');
			await expect(nojsNote).toBeVisible();
			await expect(nojsNote).toContainText('JavaScript');
			await expect(page.locator('#search-trigger')).toBeHidden();
			await expect(page.locator('#theme-select')).toBeHidden();
			const visibleCopyButtons = await page.locator('.copy-btn').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);
			expect(visibleCopyButtons, 'visible copy buttons').toBe(0);
			if (TABLE_PAGES.includes(path)) {
				const rows = page.locator('table tbody tr');
				const total = await rows.count();
				expect(total, 'table rows').toBeGreaterThan(0);
				const hidden = await rows.evaluateAll((els) => els.filter((el) => !(el as HTMLElement).checkVisibility()).map((el) => el.id || el.textContent?.trim().slice(0, 40)));
				expect(hidden, `hidden table rows on ${path} without JS`).toEqual([]);
			}
		});
	}

	test('no-JS /paths/#kubeconfig: the row is the :target and visible', async ({ nojs: page }) => {
		await page.goto('/paths/#kubeconfig');
		await expect(page.locator('tr#kubeconfig:target')).toHaveCount(1);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('kubeconfig');
		await expect(page.locator('tr#kubeconfig')).toBeInViewport();
	});
});

test.describe('keyboard only', () => {
	/** Describes the focused element: `a[href=/compare/]`, `button#search-trigger`, `select#theme-select`. */
	async function focused(page: Page): Promise<string> {
		return page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return 'body';
			const tag = el.tagName.toLowerCase();
			if (el.id) return `${tag}#${el.id}`;
			const href = el.getAttribute('href');
			return href !== null ? `${tag}[href=${href}]` : `${tag}.${[...el.classList].join('.')}`;
		});
	}

	test('first Tab is a visible skip link; Enter moves focus to #main', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.locator('a.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toHaveAttribute('href', '#main');
		await expect(skip).toBeInViewport();
		const box = await skip.boundingBox();
		expect(box && box.width > 20 && box.height > 10, `skip link is visible when focused (box ${JSON.stringify(box)})`).toBe(true);
		await page.keyboard.press('Enter');
		await expect(page.locator('#main')).toBeFocused();
	});

	test('Tab through the header reaches every nav link, the search button and the theme select', async ({ page }) => {
		await page.goto('/');
		const navHrefs = await page.locator('nav[aria-label="Main"] a').evaluateAll((els) => els.map((a) => a.getAttribute('href')!));
		expect(navHrefs.length).toBeGreaterThan(3);
		const wanted = new Set([...navHrefs.map((h) => `a[href=${h}]`), 'button#search-trigger', 'select#theme-select']);
		const seen: string[] = [];
		for (let i = 0; i < 30 && [...wanted].some((w) => !seen.includes(w)); i++) {
			await page.keyboard.press('Tab');
			seen.push(await focused(page));
		}
		expect([...wanted].filter((w) => !seen.includes(w)), `not reached by Tab; Tab order was: ${seen.join(' → ')}`).toEqual([]);
	});

	test('open search with Enter on the button, type, ArrowDown, Enter: lands on an anchored row', async ({ page }) => {
		await page.goto('/');
		// Reach the search button by Tab, as a keyboard user would.
		for (let i = 0; i < 30 && (await focused(page)) !== 'button#search-trigger'; i++) await page.keyboard.press('Tab');
		await expect(page.locator('#search-trigger')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('#search-dialog')).toBeVisible();
		await expect(page.locator('#search-input')).toBeFocused();
		await page.keyboard.type('kubeconfig');
		await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('#search-results [role="option"]').first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#[\w-]+$/);
		await expect(page.locator('#search-dialog')).toBeHidden();
	});

	test('the theme select changes the applied theme from the keyboard', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		const html = page.locator('html');
		const select = page.locator('#theme-select');
		await expect(select).toHaveValue('system');
		await expect(html).toHaveAttribute('data-theme', 'light');
		for (let i = 0; i < 30 && (await focused(page)) !== 'select#theme-select'; i++) await page.keyboard.press('Tab');
		await expect(select).toBeFocused();
		// system → light (same look under a light system scheme) → dark (provably different).
		await page.keyboard.press('ArrowDown');
		await expect(select).toHaveValue('light');
		await expect(html).toHaveAttribute('data-theme', 'light');
		await page.keyboard.press('ArrowDown');
		await expect(select).toHaveValue('dark');
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await page.keyboard.press('ArrowUp');
		await expect(html).toHaveAttribute('data-theme', 'light');
	});

	test('copy a row link from the keyboard: Tab to "Copy link", Enter, announcer says "Link copied"', async ({ browser }, info) => {
		const context: BrowserContext = await browser.newContext({ baseURL: baseURLOf(info), permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			const page = await context.newPage();
			await page.goto('/paths/');
			let rowId: string | null = null;
			const order: string[] = [];
			for (let i = 0; i < 120 && !rowId; i++) {
				await page.keyboard.press('Tab');
				order.push(await focused(page));
				rowId = await page.evaluate(() => {
					const el = document.activeElement;
					return el?.matches('button.copy-btn--link') ? (el.closest('tr[id]')?.id ?? null) : null;
				});
			}
			expect(rowId, `no row "Copy link" button within 120 Tab stops: ${order.join(' → ')}`).toBeTruthy();
			const button = page.locator(`tr[id="${rowId}"] button.copy-btn--link`);
			await expect(button).toBeFocused();
			await expect(button).toBeVisible();
			await page.keyboard.press('Enter');
			await expect(page.locator('#announcer')).toHaveText('Link copied');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/paths/#${rowId}`, baseURLOf(info)).href);
		} finally {
			await context.close();
		}
	});

	test('every focused element in the first 40 Tab stops on /compare/ shows a focus indicator', async ({ page }) => {
		await page.goto('/compare/');
		const missing: string[] = [];
		const stops: string[] = [];
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const s = getComputedStyle(el);
				const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
				const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
				const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''}`;
				return { label, ok: outline || shadow, detail: `outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}` };
			});
			if (!info) continue;
			stops.push(info.label);
			if (!info.ok) missing.push(`stop ${i + 1}: ${info.label} (${info.detail})`);
		}
		expect(stops.length, 'Tab reached focusable elements').toBeGreaterThan(20);
		expect(missing, 'focused elements without a visible focus indicator').toEqual([]);
	});
});
