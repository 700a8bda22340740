// Code that loads on first use (src/integrations/lazy-modules.ts): the distribution picker, the
// differences filter and the chooser. Nothing of theirs downloads with the page; using a control
// starts the download, and what the reader did before the code arrived still counts.
// The chunk's response is held back until the test releases it, so "before it arrived" is a
// condition the test controls, not a race against time.
import { expect, test, type Page } from '@playwright/test';

/** Holds back every request for the chunk whose file name starts with `name`, until `release()`. */
async function holdChunk(page: Page, name: string) {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	const requested: string[] = [];
	await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), async (route) => {
		requested.push(route.request().url());
		await released;
		await route.continue();
	});
	return { requested, release };
}

test('the picker: no code with the page; a tick made while it downloads counts once it arrives', async ({ page }) => {
	const chunk = await holdChunk(page, 'picker');
	await page.goto('/paths/');
	expect(chunk.requested).toEqual([]);
	const rke2 = page.locator('[data-distro-picker]').getByRole('checkbox', { name: 'RKE2', exact: true });
	await rke2.check();
	await expect.poll(() => chunk.requested.length).toBeGreaterThan(0);
	// Not applied yet: the column stays hidden until the code is in.
	await expect(page.locator('table.cmp thead th[data-distro="rke2"]').first()).toBeHidden();
	chunk.release();
	await expect(page.locator('table.cmp thead th[data-distro="rke2"]').first()).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('d')).toBe('k0s,k3s,rke2');
});

test('the picker: the last shown distribution unticked while its code downloads is ticked again once it arrives', async ({ page }) => {
	const chunk = await holdChunk(page, 'picker');
	await page.goto('/commands/?d=k3s');
	const k3s = page.locator('[data-distro-picker]').getByRole('checkbox', { name: 'k3s', exact: true });
	await k3s.uncheck();
	await expect.poll(() => chunk.requested.length).toBeGreaterThan(0);
	chunk.release();
	await expect(k3s).toBeChecked();
	await expect(page.locator('table.cmp tbody td[data-distro="k3s"]').first()).toBeVisible();
	await expect(page.locator('#announcer')).toHaveText('At least one distribution stays shown');
	expect(new URL(page.url()).searchParams.get('d')).toBe('k3s');
});

test('the differences filter: the d key before its code arrives turns it on once it does', async ({ page }) => {
	const chunk = await holdChunk(page, 'diff-filter');
	await page.goto('/paths/');
	expect(chunk.requested).toEqual([]);
	await page.locator('main').press('d');
	await expect(page.locator('#only-differences')).toBeChecked();
	await expect.poll(() => chunk.requested.length).toBeGreaterThan(0);
	await expect(page.locator('html')).not.toHaveAttribute('data-only-diff');
	chunk.release();
	await expect(page.locator('html')).toHaveAttribute('data-only-diff', '');
	await expect.poll(() => new URL(page.url()).searchParams.get('only')).toBe('differences');
});

test('the chooser: a requirement ticked before its code arrives is ranked once it does', async ({ page }) => {
	const chunk = await holdChunk(page, 'chooser');
	await page.goto('/choose/');
	expect(chunk.requested).toEqual([]);
	const firstNeed = page.locator('#chooser input[type="checkbox"]').first();
	const need = await firstNeed.inputValue();
	await firstNeed.check();
	await expect.poll(() => chunk.requested.length).toBeGreaterThan(0);
	await expect(page.locator('#chooser')).toHaveAttribute('data-empty');
	chunk.release();
	await expect(page.locator('#chooser')).not.toHaveAttribute('data-empty');
	await expect.poll(() => new URL(page.url()).searchParams.get('need')).toBe(need);
});
