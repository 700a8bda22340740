// Keyboard shortcuts beyond search: j and k through the rows shown, ? (or the footer's button) for the list.
import type { Page } from '@playwright/test';
import { axeViolations, expect, test, THEMES, WIDTHS } from './fixtures';

/** The id of the row holding keyboard focus. */
const focusedRow = (page: Page) => page.evaluate(() => document.activeElement?.closest('tr[id]')?.id ?? null);
/** Ids of the table rows a reader can see, in page order. */
const shownRows = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('table.cmp tbody tr[id]')].filter((r) => r.checkVisibility()).map((r) => r.id));

test('j and k move focus through the rows, and skip the rows that only differences hides', async ({ page }) => {
	await page.goto('/compare/');
	const rows = await shownRows(page);
	await page.locator('main').press('j');
	await expect.poll(() => focusedRow(page)).toBe(rows[0]);
	await page.keyboard.press('j');
	await expect.poll(() => focusedRow(page)).toBe(rows[1]);
	await page.keyboard.press('k');
	await expect.poll(() => focusedRow(page)).toBe(rows[0]);
	// The focused row's label is on screen, below the sticky header.
	const top = await page.locator(`#${rows[0]} th > a`).evaluate((a) => a.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom);
	expect(top).toBeGreaterThanOrEqual(0);

	await page.keyboard.press('d');
	await expect(page.locator('html')).toHaveAttribute('data-only-diff', '');
	const differing = await shownRows(page);
	expect(differing.length).toBeLessThan(rows.length);
	const from = differing.indexOf((await focusedRow(page))!);
	await page.keyboard.press('j');
	await expect.poll(() => focusedRow(page)).toBe(differing[from + 1]);
	expect(await page.locator(`#${differing[from + 1]}`).getAttribute('data-differs')).toBe('true');
});

test('j in a text field types a j', async ({ page }) => {
	await page.goto('/compare/');
	await page.locator('body').press('/');
	await expect(page.locator('#search-input')).toBeFocused();
	await page.keyboard.type('jk');
	await expect(page.locator('#search-input')).toHaveValue('jk');
});

test('? lists the shortcuts of the page; Esc closes the list and focus returns', async ({ page }) => {
	await page.goto('/compare/');
	await page.locator('#only-differences').focus();
	await page.keyboard.press('Shift+?');
	const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(list).toBeVisible();
	await expect(list.getByText('Next or previous row')).toBeVisible();
	await expect(list.getByText('Only differences on or off')).toBeVisible();
	// While the list is open its page is behind it: d does not flip the switch there.
	await page.keyboard.press('d');
	await expect(page.locator('#only-differences')).not.toBeChecked();
	await page.keyboard.press('Escape');
	await expect(list).toBeHidden();
	await expect(page.locator('#only-differences')).toBeFocused();

	// A page without tables lists only the keys that work there, and the footer's button opens it too.
	await page.goto('/why-distributions/');
	await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
	await expect(list).toBeVisible();
	await expect(list.getByText('Search', { exact: true })).toBeVisible();
	await expect(list.getByText('Next or previous row')).toBeHidden();
	await list.getByRole('button', { name: 'Close' }).click();
	await expect(list).toBeHidden();

	// A pair page has the same tables and switch; the requirements page has rows but no switch.
	await page.goto('/k0s-vs-k3s/');
	await page.locator('main').press('Shift+?');
	await expect(list.getByText('Next or previous row')).toBeVisible();
	await expect(list.getByText('Only differences on or off')).toBeVisible();
	await page.goto('/choose/');
	await page.locator('main').press('Shift+?');
	await expect(list.getByText('Next or previous row')).toBeVisible();
	await expect(list.getByText('Only differences on or off')).toBeHidden();
});

test('the Chinese edition lists the shortcuts in Chinese', async ({ page }) => {
	await page.goto('/zh/compare/');
	await page.locator('main').press('Shift+?');
	await expect(page.getByRole('dialog', { name: '键盘快捷键' }).getByText('下一行或上一行')).toBeVisible();
});

for (const theme of THEMES) {
	test(`axe with the shortcuts list open · ${theme}`, async ({ page }, info) => {
		await page.setViewportSize(WIDTHS.desktop);
		await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
		await page.goto('/compare/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		await page.locator('main').press('Shift+?');
		await expect(page.locator('#shortcuts')).toBeVisible();
		expect(await axeViolations(page, info), `axe violations with the shortcuts list open (${theme} theme)`).toEqual([]);
	});
}

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test('the footer offers no keyboard shortcuts', async ({ page }) => {
		await page.goto('/compare/');
		await expect(page.locator('.site-footer')).toBeAttached();
		await expect(page.locator('.shortcuts-open')).toBeHidden();
	});
});
