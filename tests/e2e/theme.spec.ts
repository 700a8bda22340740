import { expect, test } from '@playwright/test';

test('the theme follows the system by default', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('#theme-select')).toHaveValue('system');
	await context.close();
});

test('choosing a theme applies it at once and persists across pages and reloads, with no flash', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await page.locator('#theme-select').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	// The theme must be set before first paint: record it as soon as the body exists.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (document.body) {
				(window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset.theme;
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/compare/');
	expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
	await expect(page.locator('#theme-select')).toHaveValue('dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.locator('#theme-select').selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(darkBg);
	await page.locator('#theme-select').selectOption('system');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
