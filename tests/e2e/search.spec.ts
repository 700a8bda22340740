import { loadContent } from '../helpers/content';
import { expect, test, type Page } from '@playwright/test';
import { expectRowLanded, trackErrors } from './helpers';

/** The declared distributions, in column order. */
const DISTROS = loadContent().distros;

async function openWithSlash(page: Page) {
	await page.locator('body').press('/');
	await expect(page.locator('#search-dialog')).toBeVisible();
	await expect(page.locator('#search-input')).toBeFocused();
}

/** Types a query and waits until the list answers it in full (rows and page sections). */
async function search(page: Page, query: string) {
	await page.locator('#search-input').fill(query);
	await expect(page.locator('#search-dialog')).toHaveAttribute('data-searched', query.trim());
}

test('no search code or index loads before first intent, and Pagefind only when a query needs page sections, on the page (no worker)', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto('/compare/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((u) => u.includes('/pagefind/') || u.includes('search-rows') || /search-ui/.test(u))).toEqual([]);
	await page.locator('#search-trigger').hover();
	// Pointer over the button starts the download before the click: the search code and the rows.
	await expect.poll(() => requests.some((u) => u.includes('search-rows.json'))).toBe(true);
	// Pagefind loads only for a query whose strong row matches leave room for page sections.
	await page.locator('#search-trigger').click();
	await search(page, 'kubeconfig');
	await expect(page.locator('#search-results [role="option"]')).toHaveCount(12);
	expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
	await search(page, 'why distributions exist');
	await expect.poll(() => requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
	await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
	// Pagefind searches on the page: no worker starts, so none can hold the first answer back.
	expect(page.workers()).toEqual([]);
	expect(requests.filter((u) => u.includes('pagefind-worker'))).toEqual([]);
});

test('press /, type a path fragment, press Enter: land on the highlighted row', async ({ page }) => {
	const errors = trackErrors(page);
	await page.goto('/');
	await openWithSlash(page);
	await search(page, 'k3s.yaml');
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

test('keys typed right after the opening key press are all kept (the dialog opens before its code loads)', async ({ page }) => {
	await page.goto('/compare/');
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('Control+k');
	await page.keyboard.type('k3s kubeconfig');
	await expect(page.locator('#search-input')).toHaveValue('k3s kubeconfig');
	await expect(page.locator('#search-dialog')).toHaveAttribute('data-searched', 'k3s kubeconfig');
	await expect(page.locator('#search-results [role="option"]').first()).toHaveAttribute('href', '/paths/#kubeconfig');
});

test('a row result shows its label and every distribution’s value, at the step that matched, cut with an ellipsis', async ({ page }) => {
	await page.goto('/');
	await openWithSlash(page);
	await search(page, 'k0s equivalent of k3s etcd-snapshot save');
	const first = page.locator('#search-results [role="option"]').first();
	await expect(first).toHaveAttribute('href', '/commands/#cmd-backup');
	await expect(first.locator('.search-hit__title')).toHaveText('Back up now (backup or snapshot)');
	const values = first.locator('.search-hit__value');
	// One value per distribution, in column order.
	await expect(values).toHaveCount(DISTROS.length);
	await expect(values.locator('.search-hit__distro')).toHaveText(DISTROS.map((d) => d.name));
	await expect(values.nth(DISTROS.findIndex((d) => d.id === 'k3s')).locator('code')).toHaveText('sudo k3s etcd-snapshot save');
	// A long value is cut with an ellipsis in the list and whole in its tooltip.
	await search(page, 'k3s agent --server');
	const code = page.locator('#search-results [role="option"] .search-hit__value code').filter({ hasText: 'K3S_URL' }).first();
	await expect(code).toHaveCSS('text-overflow', 'ellipsis');
	expect(await code.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await expect(code).toHaveAttribute('title', /K3S_TOKEN=<token>/);
});

test('a section result names its page: "Traefik — …"', async ({ page }) => {
	await page.goto('/');
	await openWithSlash(page);
	await search(page, 'traefik');
	const titles = page.locator('#search-results .search-hit--section .search-hit__title');
	await expect(titles.first()).toHaveText(/^Traefik — /);
});

test('a misspelt word: the intended result first, and the dialog says what it searched for', async ({ page }) => {
	await page.goto('/');
	await openWithSlash(page);
	await search(page, 'trafik');
	await expect(page.locator('#search-status')).toContainText('Showing results for “traefik”');
	await expect(page.locator('#search-results [role="option"]').first()).toHaveAttribute('href', '/components/traefik/#traefik');
});

test('a query naming three distributions to compare opens Compare with just their columns', async ({ page }) => {
	const [a, b, c] = DISTROS.slice(-3);
	await page.goto('/');
	await openWithSlash(page);
	await search(page, `${c!.name} vs ${a!.name} vs ${b!.name}`);
	const first = page.locator('#search-results [role="option"]').first();
	await expect(first).toContainText(`${a!.name}, ${b!.name}, and ${c!.name} side by side`);
	await page.locator('#search-input').press('Enter');
	for (const d of DISTROS) {
		const shown = [a, b, c].includes(d);
		await expect(page.locator('[data-distro-picker]').getByRole('checkbox', { name: d.name, exact: true })).toBeChecked({ checked: shown });
		await expect(page.locator(`table.cmp tbody td[data-distro="${d.id}"]`).first()).toBeVisible({ visible: shown });
	}
	// The picker has run (the boxes are its work) and kept the link as readable as it came.
	expect(page.url()).toMatch(new RegExp(`/compare/\\?d=${a!.id},${b!.id},${c!.id}$`));
});

test('a Chinese query on the English site gives the Chinese edition’s rows and a link to search there', async ({ page }) => {
	await page.goto('/');
	await openWithSlash(page);
	await search(page, '清单');
	await expect(page.locator('#search-results [role="option"]').first()).toHaveAttribute('href', '/zh/paths/#manifests-dir');
	const other = page.locator('#search-other');
	await expect(other).toBeVisible();
	await other.click();
	await expect(page).toHaveURL(/\/zh\/\?search=/);
	await expect(page.locator('#search-dialog')).toBeVisible();
	await expect(page.locator('#search-input')).toHaveValue('清单');
	await expect(page.locator('#search-dialog')).toHaveAttribute('data-searched', '清单');
	await expect(page.locator('#search-results [role="option"]').first()).toHaveAttribute('href', '/zh/paths/#manifests-dir');
});

test('a result on the same page moves focus to its row, so Tab continues from there', async ({ page }) => {
	await page.goto('/paths/');
	await page.locator('body').press('/');
	await search(page, 'registry.yaml');
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
	await expect(page.locator('#search-input')).toBeFocused();
	// Wait for the full answer: rows render first, page sections follow and re-render the list.
	await search(page, 'kubeconfig');
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
	const status = page.locator('#search-status');
	const cases = ['/.-:=,', '!!!???', 'x'.repeat(1000), '<img src=x onerror=window.__pwned=1>', '.*+?^${}()|[]\\', '🚀🦄', '网络插件', 'k3s配置文件 🚀 <b>', 'zzqqxxnotaword'];
	for (const query of cases) {
		await search(page, query);
		expect(await page.locator('#search-results img, #search-results script, #search-results b').count()).toBe(0);
		await expect(status).not.toBeEmpty();
	}
	await search(page, '');
	await search(page, 'zzqqxxnotaword');
	await expect(status).toContainText('No results for “zzqqxxnotaword”');
	await expect(status).toContainText('Try fewer words');
	await expect(page.locator('#search-other')).toBeVisible();
	// Markup typed as a query stays text in the status line.
	await search(page, '<zzqqxx>');
	await expect(status).toContainText('No results for “<zzqqxx>”');
	await expect(page.locator('#search-status *')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(errors).toEqual([]);
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test('the dialog shows no keyboard hints', async ({ page }) => {
		await page.goto('/');
		await page.locator('#search-trigger').tap();
		await expect(page.locator('#search-dialog')).toBeVisible();
		await expect(page.locator('.search-help')).toBeHidden();
		await expect(page.locator('.search-dialog__key')).toBeHidden();
		await expect(page.locator('.search-trigger__kbd')).toBeHidden();
		// The close button still says what it does, with a visible ×.
		await expect(page.locator('.search-dialog__x')).toBeVisible();
		await expect(page.locator('#search-close')).toHaveAccessibleName(/Close search/);
	});
});
