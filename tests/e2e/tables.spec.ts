import { expect, test } from '@playwright/test';
import { loadContent } from '../helpers/content';

const { distros } = loadContent();

const equalRows = 'tr[data-differs="false"]';

test('the differences switch shows its key, D, which flips it from anywhere; the key is not part of its name', async ({ page }) => {
	await page.goto('/compare/');
	const toggle = page.getByRole('switch', { name: 'Only differences', exact: true });
	await expect(toggle).toHaveAttribute('aria-keyshortcuts', 'D');
	await expect(page.locator('.diff-toggle .key-hint')).toBeVisible();
	await expect(page.locator('.diff-toggle .key-hint')).toHaveText('D');
	await page.locator('main').press('d');
	await expect(toggle).toBeChecked();
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test('the differences switch shows no key to press', async ({ page }) => {
		await page.goto('/compare/');
		await expect(page.getByRole('switch', { name: 'Only differences', exact: true })).toBeVisible();
		await expect(page.locator('.diff-toggle .key-hint')).toBeHidden();
	});
});

test('"only differences" hides equal rows, keeps its state in the URL and survives a reload', async ({ page }) => {
	await page.goto('/compare/');
	const equal = page.locator(`tbody ${equalRows}`);
	const count = await equal.count();
	expect(count, 'the comparison has rows that are the same on both').toBeGreaterThan(0);
	await expect(equal.first()).toBeVisible();
	const toggle = page.getByRole('switch', { name: 'Only differences' });
	await toggle.focus();
	await page.keyboard.press('Space');
	await expect(toggle).toBeChecked();
	await expect(page).toHaveURL(/[?&]only=differences/);
	for (let i = 0; i < count; i++) await expect(equal.nth(i)).toBeHidden();
	await expect(page.locator('tbody tr[data-differs="true"]').first()).toBeVisible();
	await page.reload();
	await expect(page.getByRole('switch', { name: 'Only differences' })).toBeChecked();
	await expect(equal.first()).toBeHidden();
	await page.getByRole('switch', { name: 'Only differences' }).click();
	await expect(page).not.toHaveURL(/only=differences/);
	await expect(equal.first()).toBeVisible();
});

test('a row targeted by the URL anchor is never hidden by "only differences"', async ({ page }) => {
	await page.goto('/compare/');
	const id = await page.locator(`tbody ${equalRows}`).first().getAttribute('id');
	expect(id).toBeTruthy();
	await page.goto(`/compare/?only=differences#${id}`);
	await expect(page.getByRole('switch', { name: 'Only differences' })).toBeChecked();
	await expect(page.locator(`tr[id="${id}"]`)).toBeVisible();
	await expect(page.locator(`tbody ${equalRows}:not([id="${id}"])`).first()).toBeHidden();
});

test('the header row naming the distributions sticks while a long table scrolls', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/commands/');
	const table = page.locator('table.cmp').first();
	const head = table.locator('thead th').nth(1);
	await expect(head).toContainText('k0s');
	const tableBox = (await table.boundingBox())!;
	await page.mouse.wheel(0, tableBox.y + tableBox.height / 2);
	await expect
		.poll(async () => {
			const [h, header, t] = await Promise.all([head.boundingBox(), page.locator('.site-header').boundingBox(), table.boundingBox()]);
			// The table's top has scrolled away, yet its header row sits right under the site header.
			return !!h && !!header && !!t && t.y < 0 && Math.abs(h.y - (header.y + header.height)) <= 2;
		})
		.toBe(true);
});

test('a table not laid out yet takes at least the room of its rows, so they never spill over the next table where a tool such as Lighthouse measures them', async ({ page }) => {
	// Lighthouse's desktop and phone screens.
	for (const [width, height, path] of [[1350, 940, '/compare/'], [1350, 940, '/paths/'], [1350, 940, '/commands/'], [1350, 940, '/k3s-vs-rke2/'], [412, 823, '/compare/'], [412, 823, '/paths/'], [412, 823, '/commands/']] as const) {
		await page.setViewportSize({ width, height });
		await page.goto(path);
		const bodies = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.row-table__body')].map((body) => {
				// The box keeps its placeholder size while skipped; asking for a row's box lays the rows out inside it.
				const box = body.getBoundingClientRect();
				const rows = body.querySelectorAll('tbody tr');
				return { id: body.closest('section')?.querySelector('h2, h3')?.id, farBelow: box.top > 3 * innerHeight, bottom: box.bottom, rowsBottom: rows[rows.length - 1]!.getBoundingClientRect().bottom };
			}),
		);
		expect(bodies.filter((b) => b.farBelow).length, `${path} at ${width} px: tables far below the first screen, skipped until near`).toBeGreaterThanOrEqual(3);
		for (const b of bodies.filter((b) => b.farBelow)) expect(b.rowsBottom, `${path}#${b.id} at ${width} px: the last row ends inside the room kept for the table`).toBeLessThanOrEqual(b.bottom + 1);
	}
});

test('phones get one card per row, with each value labelled by its distribution', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/paths/');
	const cell = page.locator('tr#kubeconfig td[data-distro="k3s"]');
	const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
	expect(label).toBe('"k3s"');
	const [row, table] = await Promise.all([page.locator('tr#kubeconfig').boundingBox(), page.locator('main').boundingBox()]);
	expect(row!.width).toBeLessThanOrEqual(table!.width);
});

test('printing shows full tables with repeated headers naming each release, source URLs, without navigation', async ({ page }) => {
	await page.goto('/compare/?only=differences');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.diff-toggle')).toBeHidden();
	await expect(page.locator(`tbody ${equalRows}`).first()).toBeVisible();
	expect(await page.locator('table.cmp thead').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
	const after = await page.locator('.cmp .sources > a').first().evaluate((el) => getComputedStyle(el, '::after').content);
	expect(after).toContain('https://');
	// Every value was checked against its column's release, which the repeated header row names.
	await expect(page.locator('table.cmp thead .cmp__release').first()).toHaveText(distros[0]!.checkedRelease);
	for (const d of distros) await expect(page.locator('.site-footer')).toContainText(`${d.name} ${d.checkedRelease}`);
});
