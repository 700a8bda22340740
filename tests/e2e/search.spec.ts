import { expect, test, type Page } from '@playwright/test';
import { expectRowLanded, trackErrors } from './helpers';

async function openWithSlash(page: Page) {
	await page.locator('body').press('/');
	await expect(page.locator('#search-dialog')).toBeVisible();
	await expect(page.locator('#search-input')).toBeFocused();
}

test('no search code or index loads before first intent', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto('/compare/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((u) => u.includes('/pagefind/') || u.includes('search-rows') || /search-ui/.test(u))).toEqual([]);
	await page.locator('#search-trigger').click();
	await expect.poll(() => requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('press /, type a path fragment, press Enter: land on the highlighted row', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto('/');
	await openWithSlash(page);
	await page.locator('#search-input').fill('k3s.yaml');
	const first = page.locator('#search-results [role="option"]').first();
	await expect(first).toContainText('kubeconfig', { ignoreCase: true });
	await expect(first).toContainText('/etc/rancher/k3s/k3s.yaml');
	await page.locator('#search-input').press('Enter');
	await expect(page).toHaveURL(/\/paths\/#kubeconfig$/);
	await expect(page.locator('#search-dialog')).toBeHidden();
	await expectRowLanded(page, 'kubeconfig');
	// Keyboard focus continues from the row: the next Tab lands on the row's own link.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('kubeconfig');
	expect(errors).toEqual([]);
});

test('a result on the same page moves focus to its row, so Tab continues from there', async ({ page }) => {
	await page.goto('/paths/');
	await page.locator('body').press('/');
	await page.locator('#search-input').fill('registry.yaml');
	await expect(page.locator('#search-results [role="option"]').first()).toHaveAttribute('href', '/paths/#registry-config');
	await page.locator('#search-input').press('Enter');
	await expect(page).toHaveURL(/\/paths\/#registry-config$/);
	await expectRowLanded(page, 'registry-config');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('registry-config');
});

test('Ctrl+K opens search; arrow keys move through results; Escape closes and restores focus', async ({ page }) => {
	await page.goto('/compare/');
	const trigger = page.locator('#search-trigger');
	await trigger.focus();
	await page.keyboard.press('Control+k');
	await expect(page.locator('#search-dialog')).toBeVisible();
	await page.locator('#search-input').fill('kubeconfig');
	const options = page.locator('#search-results [role="option"]');
	await expect(options.nth(1)).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('#search-input')).toHaveAttribute('aria-activedescendant', 'search-option-0');
	await page.keyboard.press('ArrowDown');
	await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
	await page.keyboard.press('ArrowUp');
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Escape');
	await expect(page.locator('#search-dialog')).toBeHidden();
	await expect(trigger).toBeFocused();
});

test('odd input never throws, never injects markup, and says when nothing matches', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto('/');
	await openWithSlash(page);
	const input = page.locator('#search-input');
	const status = page.locator('#search-status');
	const cases = ['', '   ', '/.-:=,', '!!!???', 'x'.repeat(1000), '<img src=x onerror=window.__pwned=1>', '.*+?^${}()|[]\\', '🚀🦄', '网络插件', 'zzqqxxnotaword'];
	for (const query of cases) {
		await input.fill(query);
		await page.waitForTimeout(150);
		await expect.poll(() => page.evaluate(() => document.querySelectorAll('#search-results img, #search-results script').length)).toBe(0);
	}
	await input.fill('zzqqxxnotaword');
	await expect(status).toContainText('No results');
	// Markup typed as a query stays text in the status line.
	await input.fill('<zzqqxx>');
	await expect(status).toContainText('No results for “<zzqqxx>”');
	await expect(page.locator('#search-status *')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(errors).toEqual([]);
});
