import { expect, type Page } from '@playwright/test';
import { distHtmlFiles, sitePath } from '../helpers/dist-files';

/** Every built HTML page as a site path (`/`, `/compare/`, `/404.html`). */
export function builtPages(): string[] {
	return distHtmlFiles().map(sitePath);
}

/** Collects console errors, failed page scripts and Content-Security-Policy violations while a test runs. */
export function trackErrors(page: Page): string[] {
	const errors: string[] = [];
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}

/** The row is the :target, highlighted, and fully visible below the sticky header. */
export async function expectRowLanded(page: Page, id: string) {
	const row = page.locator(`tr[id="${id}"]`);
	await expect(row).toBeVisible();
	await expect.poll(() => page.evaluate((rowId) => document.querySelector(':target')?.id === rowId, id)).toBe(true);
	const background = await row.locator('th').evaluate((el) => getComputedStyle(el).backgroundColor);
	const plain = await page.locator('tbody tr:not(:target) th').first().evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background, 'target row is highlighted').not.toBe(plain);
	await expect
		.poll(async () => {
			const [rowBox, headerBox] = await Promise.all([row.boundingBox(), page.locator('.site-header').boundingBox()]);
			const viewport = page.viewportSize()!;
			return !!rowBox && !!headerBox && rowBox.y >= headerBox.y + headerBox.height - 1 && rowBox.y + Math.min(rowBox.height, 200) <= viewport.height;
		}, { message: 'row visible below the sticky header' })
		.toBe(true);
}
