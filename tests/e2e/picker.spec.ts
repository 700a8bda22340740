// The distribution picker on table pages: state in the URL and the session, columns hidden and shown,
// differences for the shown columns, keyboard use, the link to the pair page, and no JavaScript.
// Each pair page is loaded by crawl.spec.ts (a row anchor lands, both columns show) and its columns are
// checked in tests/build/pages.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseDistros } from '../../src/lib/tables';
import { pairPath } from '../../src/lib/urls';
import { SITE } from '../../src/site.config';
import { ROOT } from '../helpers/content';
import { expectRowLanded } from './helpers';

const distros = parseDistros({ path: 'content/data/distros.yaml', text: readFileSync(join(ROOT, 'content/data/distros.yaml'), 'utf8') });
const defaults = SITE.defaultColumns.filter((id) => distros.some((d) => d.id === id));
const [first, second] = defaults as [string, string];
const nameOf = (id: string) => distros.find((d) => d.id === id)!.name;

const header = (page: Page, id: string) => page.locator(`table.cmp thead th[data-distro="${id}"]`).first();
const cell = (page: Page, id: string) => page.locator(`table.cmp tbody td[data-distro="${id}"]`).first();
const box = (page: Page, id: string) => page.locator('[data-distro-picker]').getByRole('checkbox', { name: nameOf(id), exact: true });

test('unticking a distribution hides its column, keeps the choice in the URL, and a reload keeps it', async ({ page }) => {
	await page.goto('/compare/');
	for (const d of distros) await expect(box(page, d.id)).toBeChecked({ checked: defaults.includes(d.id) });
	await expect(cell(page, first)).toBeVisible();
	await box(page, first).uncheck();
	await expect(page).toHaveURL(new RegExp(`[?&]d=${second}(&|$)`));
	await expect(header(page, first)).toBeHidden();
	await expect(cell(page, first)).toBeHidden();
	await expect(cell(page, second)).toBeVisible();
	await expect(page.locator('#announcer')).toHaveText(`Showing ${nameOf(second)}`);
	await page.reload();
	await expect(box(page, first)).not.toBeChecked();
	await expect(cell(page, first)).toBeHidden();
	// Ticking it again returns to the default view and a clean URL.
	await box(page, first).check();
	await expect(cell(page, first)).toBeVisible();
	await expect(page).not.toHaveURL(/[?&]d=/);
});

test('the choice is remembered for the session on the other table pages, and shows in their URL', async ({ page }) => {
	await page.goto(`/compare/?d=${second}`);
	await expect(cell(page, first)).toBeHidden();
	await page.locator('.site-nav').getByRole('link', { name: 'Paths & ports' }).click();
	await expect(page).toHaveURL(new RegExp(`/paths/\\?d=${second}$`));
	await expect(cell(page, first)).toBeHidden();
	await expect(box(page, first)).not.toBeChecked();
});

test('the last shown distribution cannot be unticked', async ({ page }) => {
	await page.goto(`/commands/?d=${second}`);
	await box(page, second).uncheck({ trial: false }).catch(() => undefined);
	await expect(box(page, second)).toBeChecked();
	await expect(cell(page, second)).toBeVisible();
	await expect(page.locator('#announcer')).toHaveText('At least one distribution stays shown');
});

test('"only differences" follows the shown columns, and the URL combines with it and a #row', async ({ page }) => {
	await page.goto('/compare/?only=differences');
	const visibleRows = () => page.locator('table.cmp tbody tr:visible').count();
	const withBoth = await visibleRows();
	expect(withBoth).toBeGreaterThan(0);
	// One column: every row is "the same", so none is left but the targeted one.
	const id = await page.locator('table.cmp tbody tr[data-differs="true"]').first().getAttribute('id');
	await page.goto(`/compare/?d=${second}&only=differences#${id}`);
	await expect(page.getByRole('switch', { name: 'Only differences' })).toBeChecked();
	await expectRowLanded(page, id!);
	await expect.poll(visibleRows).toBe(1);
	await expect(page.locator(`tr[id="${id}"]`)).toHaveAttribute('data-differs', 'false');
});

test('keyboard: Space toggles a focused checkbox; the pair page link follows the choice', async ({ page }) => {
	await page.goto('/paths/');
	const pairLink = page.locator('.distro-picker__pair');
	await expect(pairLink).toHaveAttribute('href', pairPath(first, second));
	await box(page, first).focus();
	await page.keyboard.press('Space');
	await expect(box(page, first)).not.toBeChecked();
	await expect(pairLink).toBeHidden();
	await page.keyboard.press('Space');
	await expect(box(page, first)).toBeChecked();
	await expect(pairLink).toBeVisible();
	await pairLink.click();
	await expect(page).toHaveURL(new RegExp(`${pairPath(first, second)}$`));
});

test('an unknown id in the URL falls back to the default columns', async ({ page }) => {
	await page.goto('/compare/?d=nope');
	for (const id of defaults) await expect(cell(page, id)).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every column shows even with ?d= in the URL, and the picker is hidden', async ({ page }) => {
		await page.goto(`/compare/?d=${second}`);
		await expect(page.locator('[data-distro-picker]')).toBeHidden();
		for (const d of distros) {
			await expect(header(page, d.id)).toBeVisible();
			await expect(cell(page, d.id)).toBeVisible();
		}
	});
});
