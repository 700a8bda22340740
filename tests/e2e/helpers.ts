import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every built HTML page as a site path (`/`, `/compare/`, `/404.html`). */
export function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(full);
			} else if (name.endsWith('.html')) {
				const rel = `/${relative(DIST, full)}`;
				out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
			}
		}
	};
	walk(DIST);
	return out.sort();
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
