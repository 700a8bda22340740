import { expect, test } from '@playwright/test';
import { expectRowLanded } from './helpers';

test('a row id in the URL lands on that row, highlighted below the sticky header', async ({ page }) => {
	await page.goto('/paths/#kubeconfig');
	await expectRowLanded(page, 'kubeconfig');
});

test('a deep link lands on a row far down a long page', async ({ page }) => {
	await page.goto('/commands/#cmd-restore');
	await expectRowLanded(page, 'cmd-restore');
});

test('a deep link works on a phone-sized screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/paths/#registry-config');
	await expectRowLanded(page, 'registry-config');
});

test('copy link puts the absolute URL with the anchor on the clipboard and announces it', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/paths/');
	const row = page.locator('tr#kubeconfig');
	await row.hover();
	await row.getByRole('button', { name: /Copy link/ }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/paths/#kubeconfig`);
	await expect(page.locator('#announcer')).toHaveText('Link copied');
	await expect(row.getByRole('button', { name: /Copy link/ })).toHaveAttribute('data-state', 'copied');
});

test('copy value copies the exact path', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/paths/');
	await page.locator('tr#kubeconfig td[data-distro="k3s"]').getByRole('button', { name: /Copy value/ }).first().click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('/etc/rancher/k3s/k3s.yaml');
});

test('copy works without the async clipboard API', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
	await page.goto('/paths/');
	await page.evaluate(() => {
		(window as unknown as { copied: string[] }).copied = [];
		document.addEventListener('copy', () => (window as unknown as { copied: string[] }).copied.push(String(document.getSelection())));
	});
	await page.locator('tr#kubeconfig td[data-distro="k0s"]').getByRole('button', { name: /Copy value/ }).first().click();
	expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual(['/var/lib/k0s/pki/admin.conf']);
	await expect(page.locator('#announcer')).toHaveText('Value copied');
});
