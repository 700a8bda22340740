import { expect, test } from '@playwright/test';
import { builtPages, trackErrors } from './helpers';

for (const path of builtPages()) {
	test(`${path} loads without console errors and has its head tags`, async ({ page }) => {
		const errors = trackErrors(page);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('html')).toHaveAttribute('lang', /^(en|zh-CN)$/);
		expect(await page.title()).not.toBe('');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\//);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https:\/\//);
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
	});
}

test('the policy blocks injected inline script and the error tracker reports it', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto('/compare/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__ran = true';
		document.head.append(script);
	});
	await expect.poll(() => errors.some((e) => e.includes('CSP violation'))).toBe(true);
	expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
});
