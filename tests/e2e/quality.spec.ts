// Quality gates in a real browser that are not per page (crawl.spec.ts visits every page): axe can fail,
// axe and requests with the search dialog open, the no-JS setup and a deep link without JS, keyboard-only use, visible focus.
import type { BrowserContext, Page } from '@playwright/test';
import { axeViolations, baseURLOf, expect, openSearchWithResults, test, THEMES, WIDTHS, watchPage } from './fixtures';

test.describe('axe', () => {
	test('axe with this configuration reports a planted violation (the check can fail)', async ({ shared: page }, info) => {
		await page.setContent('<!DOCTYPE html><html lang="en"><head><title>Planted</title></head><body><main><h1>x</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#"></a><button type="button"></button></main></body></html>');
		const ids = (await axeViolations(page, info)).map((v) => v.split(' ')[0]);
		expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'button-name']));
	});

	test('the colour-only scan (second theme) reports poor contrast and nothing else', async ({ shared: page }, info) => {
		// A blank page first: written over a site page, the planted inline style would meet the site's CSP.
		await page.goto('about:blank');
		await page.setContent('<!DOCTYPE html><html lang="en"><head><title>Planted</title></head><body><main><h1>x</h1><p style="color:#777;background:#888">faint</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
		const ids = (await axeViolations(page, info, undefined, 'colour')).map((v) => v.split(' ')[0]);
		expect(ids).toEqual(['color-contrast']);
	});

	for (const theme of THEMES) {
		test(`axe search dialog open with results · ${theme}`, async ({ shared: page }, info) => {
			await page.setViewportSize(WIDTHS.desktop);
			await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await openSearchWithResults(page, 'kubeconfig');
			const violations = await axeViolations(page, info);
			expect(violations, `axe violations with the search dialog open (${theme} theme)`).toEqual([]);
		});
	}
});

test.describe('privacy: no third-party requests', () => {
	test('the request watcher reports a request to another origin (the check can fail)', async ({ shared: page }, info) => {
		const watcher = watchPage(page, new URL(baseURLOf(info)).origin);
		try {
			// A page without the site's policy, so nothing blocks the request before the network.
			await page.setContent('<!DOCTYPE html><title>Planted</title><img alt="" src="https://third-party.invalid/pixel.png">');
		} finally {
			watcher.stop();
		}
		expect(watcher.foreign).toContain('https://third-party.invalid/pixel.png');
	});

	test('requests stay on the site while searching', async ({ shared: page }, info) => {
		const watcher = watchPage(page, new URL(baseURLOf(info)).origin);
		try {
			await page.setViewportSize(WIDTHS.desktop);
			await page.goto('/compare/');
			// A query the rows alone do not fill, so Pagefind (code, WebAssembly, index) loads too.
			await openSearchWithResults(page, 'why distributions exist');
			await page.waitForLoadState('networkidle');
		} finally {
			watcher.stop();
		}
		expect(watcher.requests(), 'search loaded its code, rows and Pagefind').toBeGreaterThan(6);
		expect(watcher.foreign, 'requests to other origins while searching').toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test('page.evaluate still works with JavaScript disabled (the checks rely on it)', async ({ nojs: page }) => {
		await page.goto('/');
		expect(await page.evaluate(() => document.documentElement.classList.contains('no-js'))).toBe(true);
	});

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
