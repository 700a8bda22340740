import { expect, test } from '@playwright/test';
import { expectRowLanded } from './helpers';

test('switching language on a deep-linked row lands on the same row in the other edition', async ({ page }) => {
	await page.goto('/paths/#registry-config');
	await expectRowLanded(page, 'registry-config');
	await page.getByRole('link', { name: '阅读本页的简体中文版' }).click();
	await expect(page).toHaveURL(/\/zh\/paths\/#registry-config$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expectRowLanded(page, 'registry-config');
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/paths\/#registry-config$/);
	await expect(page).not.toHaveURL(/\/zh\//);
	await expectRowLanded(page, 'registry-config');
});

test('each edition declares its language, locale and alternates', async ({ page, baseURL }) => {
	await page.goto('/zh/compare/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/compare\/$/);
	await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh\/compare\/$/);
	await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/compare\/$/);
	await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveAttribute('href', '/zh/compare/');
	// Same anchors in both editions, and interface strings in Chinese.
	expect(await page.locator('tbody tr[id]').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(
		await (async () => {
			const other = await page.context().newPage();
			await other.goto(`${baseURL}/compare/`);
			const ids = await other.locator('tbody tr[id]').evaluateAll((rows) => rows.map((r) => r.id));
			await other.close();
			return ids;
		})(),
	);
	await expect(page.locator('.skip-link')).toHaveText('跳转到内容');
});

test('search on a Chinese page searches the Chinese index and lands on the row there', async ({ page }) => {
	await page.goto('/zh/');
	await page.locator('body').press('/');
	await page.locator('#search-input').fill('k3s.yaml');
	const first = page.locator('#search-results [role="option"]').first();
	await expect(first).toHaveAttribute('href', '/zh/paths/#kubeconfig');
	await page.locator('#search-input').press('Enter');
	await expect(page).toHaveURL(/\/zh\/paths\/#kubeconfig$/);
	await expectRowLanded(page, 'kubeconfig');
	await page.locator('body').press('/');
	await page.locator('#search-input').fill('网络插件');
	await expect(page.locator('#search-results [role="option"]').first()).toHaveAttribute('href', '/zh/compare/#cni');
});

test('an unknown address gets the 404 page of its own edition, with Components among the links', async ({ page }) => {
	for (const { prefix, lang, title, components } of [
		{ prefix: '', lang: 'en', title: 'Page not found', components: 'Components' },
		{ prefix: '/zh', lang: 'zh-CN', title: '页面未找到', components: '组件' },
	]) {
		const response = await page.goto(`${prefix}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1')).toHaveText(title);
		const links = page.locator('.not-found-links a');
		await expect(links.getByText(components, { exact: true })).toHaveAttribute('href', `${prefix}/components/`);
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThanOrEqual(6);
		for (const href of hrefs) expect(href.startsWith(`${prefix}/`), href).toBe(true);
	}
});
