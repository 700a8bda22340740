import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadContent, ROOT } from '../helpers/content';
import { nextFrames } from './fixtures';

const { distros } = loadContent();

const TABLE_PAGES = ['/compare/', '/paths/', '/commands/'];

/** Top of the first table row, in page coordinates. */
const firstRowTop = (page: Page) => page.locator('table.cmp tbody tr').first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test.describe('data first', () => {
	for (const path of TABLE_PAGES) {
		test(`${path}: the first row starts in the first screen at 1280×800 and within 1.5 screens at 390×844`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(path);
			// The row's label line (its first 40 px) is on screen, not only its top border.
			expect(await firstRowTop(page)).toBeLessThanOrEqual(800 - 40);
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			expect(await firstRowTop(page)).toBeLessThanOrEqual(844 * 1.5 - 40);
		});
	}

	test('the home page shows the key differences in the first screen, on desktop and phone', async ({ page }) => {
		for (const [width, height] of [[1280, 800], [390, 844]] as const) {
			await page.setViewportSize({ width, height });
			await page.goto('/');
			const firstRow = page.locator('.key-diff tbody tr').first();
			await expect(firstRow).toBeVisible();
			const box = (await firstRow.boundingBox())!;
			expect(box.y + box.height, `first key difference at ${width}px`).toBeLessThanOrEqual(height);
		}
	});
});

test.describe('page contents', () => {
	test('from 1280 px: a sticky side column that marks the section being read', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/compare/');
		const toc = page.locator('nav.toc');
		const tocBox = (await toc.boundingBox())!;
		const bodyBox = (await page.locator('.doc__body').boundingBox())!;
		expect(tocBox.x, 'contents sit beside the text').toBeGreaterThan(bodyBox.x + bodyBox.width);
		await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', '#project');
		// Tables above may finish their layout as they come near, so scroll again until the heading rests at the top.
		await expect
			.poll(async () => {
				await page.evaluate(() => document.getElementById('storage')!.scrollIntoView({ block: 'start' }));
				return toc.locator('a[aria-current="true"]').getAttribute('href');
			})
			.toBe('#storage');
		await expect(toc).toBeInViewport();
		await expect(toc.locator('a[href="#security"]')).toBeVisible();
	});

	test('narrow screens: a compact "jump to" control that opens, jumps and closes', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/paths/');
		const link = page.locator('nav.toc a').nth(2);
		await expect(link).toBeHidden();
		const summary = page.locator('nav.toc summary');
		expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(48);
		await summary.click();
		await expect(link).toBeVisible();
		const target = (await link.getAttribute('href'))!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${target}$`));
		await expect(link).toBeHidden();
		await expect(page.locator(target)).toBeInViewport();
	});
});

test.describe('code in the tables', () => {
	for (const path of TABLE_PAGES) {
		test(`${path} at 360 px: code breaks only after a space, /, = or , (or scrolls in its box)`, async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await page.goto(path);
			const problems = await page.evaluate(() => {
				const bad: string[] = [];
				const codes = [...document.querySelectorAll<HTMLElement>('table.cmp code')];
				for (const code of codes) {
					code.closest('.row-table')?.setAttribute('style', 'content-visibility: visible');
				}
				for (const code of codes) {
					// Every drawn character with its place in the whole text (a space at a line end is not drawn).
					const chars: { at: number; top: number }[] = [];
					let offset = 0;
					const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const text = node.textContent ?? '';
						for (let i = 0; i < text.length; i++) {
							const range = document.createRange();
							range.setStart(node, i);
							range.setEnd(node, i + 1);
							const rect = [...range.getClientRects()].find((r) => r.width > 0);
							if (rect) chars.push({ at: offset + i, top: rect.top });
						}
						offset += text.length;
					}
					const full = code.textContent ?? '';
					for (let i = 1; i < chars.length; i++) {
						const [prev, cur] = [chars[i - 1]!, chars[i]!];
						// A new line starts here: allowed only right after a space, /, = or , (or between two Chinese characters).
						const between = full.slice(prev.at, cur.at + 1);
						if (cur.top > prev.top + 4 && !/[ /=,]/.test(between.slice(0, -1)) && !/^\p{Script=Han}\p{Script=Han}$/u.test(between)) {
							bad.push(`"${full}" breaks between "${full[prev.at]}" and "${full[cur.at]}"`);
						}
					}
					const cell = code.closest('td, th')!;
					const overflows = code.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1;
					const scrolls = code.scrollWidth > code.clientWidth && getComputedStyle(code).overflowX === 'auto';
					if (overflows && !scrolls) bad.push(`"${code.textContent}" overflows its cell`);
				}
				return { bad, count: codes.length };
			});
			expect(problems.count, 'code values checked').toBeGreaterThan(20);
			expect(problems.bad).toEqual([]);
		});
	}
});

test.describe('code that scrolls', () => {
	test('a code value wider than its box becomes a tab stop, in a table far down the page too', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/commands/');
		// Far down the page: a table the browser lays out only as it comes near.
		await page.locator('tr#cmd-restore').scrollIntoViewIfNeeded();
		const codes = page.locator('tr#cmd-restore code');
		// Every code box that scrolls sideways is focusable (so the keyboard can scroll it), and there is one.
		await expect
			.poll(() =>
				codes.evaluateAll((els) => {
					const scrolling = els.filter((el) => el.scrollWidth > el.clientWidth + 1);
					return scrolling.length > 0 && scrolling.every((el) => el.tabIndex === 0);
				}),
			)
			.toBe(true);
	});
});

test.describe('phone header', () => {
	test('search and every navigation item are reachable from the bottom of the longest page', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/commands/');
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(page.locator('#search-trigger')).toBeInViewport();
		const menu = page.getByText('Menu', { exact: true });
		await expect(menu).toBeInViewport();
		const links = page.locator('nav[aria-label="Main"] a');
		await expect(links.first()).toBeHidden();
		await menu.click();
		const count = await links.count();
		expect(count).toBeGreaterThan(5);
		for (let i = 0; i < count; i++) await expect(links.nth(i)).toBeInViewport({ ratio: 1 });
		await expect(page.locator('#theme-select')).toBeVisible();
		await page.locator('#search-trigger').click();
		await expect(page.locator('#search-dialog')).toBeVisible();
	});
});

test.describe('desktop header', () => {
	test('from 1024 px the tools stay inside the bar and the active tab moves nothing', async ({ page }) => {
		const WIDTHS = [1024, 1100, 1280, 1440];
		/** Search button position at each width, page after page: the same on every page. */
		const positions = new Map<number, number[]>(WIDTHS.map((w) => [w, []]));
		// Each page loads once and is resized through the widths: the bar's layout comes from CSS (media queries), not from the width at load.
		for (const path of ['/', '/compare/', '/paths/', '/components/']) {
			await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
			await page.goto(path);
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				await nextFrames(page);
				const boxes = await page.evaluate(() => {
					const inner = document.querySelector('.site-header__inner')!.getBoundingClientRect();
					// What the bar shows at this width: below 1280 px the navigation, theme and edition are behind the menu button.
					const parts = [...document.querySelectorAll('.site-nav a, #search-trigger, #theme-select, .lang-switch, .site-name, .site-menu__button')]
						.filter((el) => (el as HTMLElement).checkVisibility())
						.map((el) => el.getBoundingClientRect());
					return { inner: { left: inner.left, right: inner.right, top: inner.top, bottom: inner.bottom }, parts: parts.map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width })) };
				});
				expect(boxes.parts.length, `controls in the bar at ${width}px`).toBeGreaterThanOrEqual(width >= 1280 ? 10 : 3);
				for (const p of boxes.parts) {
					expect(p.left >= boxes.inner.left - 0.5 && p.right <= boxes.inner.right + 0.5 && p.top >= boxes.inner.top - 0.5 && p.bottom <= boxes.inner.bottom + 0.5, `inside the bar at ${width}px on ${path}`).toBe(true);
				}
				positions.get(width)!.push((await page.locator('#search-trigger').boundingBox())!.x);
			}
		}
		for (const [width, xs] of positions) expect(new Set(xs).size, `search button position at ${width}px: ${xs.join(', ')}`).toBe(1);
	});

	test('component-summary code looks like all other inline code', async ({ page }) => {
		await page.goto('/components/kine/');
		const style = (selector: string) =>
			page.locator(selector).first().evaluate((el) => {
				const s = getComputedStyle(el);
				const parent = getComputedStyle(el.parentElement!);
				return { background: s.backgroundColor, radius: s.borderRadius, ratio: (parseFloat(s.fontSize) / parseFloat(parent.fontSize)).toFixed(2) };
			});
		const summary = await style('.component-facts code');
		expect(summary.background).not.toBe('rgba(0, 0, 0, 0)');
		expect(summary).toEqual(await style('.doc__body p code'));
	});

	test('copy feedback never covers the row label', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/paths/');
		const row = page.locator('tr#kubeconfig');
		await row.hover();
		const button = row.getByRole('button', { name: /Copy link/ });
		await button.click();
		await expect(button).toHaveAttribute('data-state', 'copied');
		const overlap = await row.evaluate((tr) => {
			const label = tr.querySelector('th > a')!.getBoundingClientRect();
			const marks = [...tr.querySelectorAll('[data-state], [data-state] *')].map((el) => el.getBoundingClientRect());
			return marks.some((m) => m.left < label.right && m.right > label.left && m.top < label.bottom && m.bottom > label.top);
		});
		expect(overlap).toBe(false);
	});
});

test.describe('row controls', () => {
	for (const path of [...TABLE_PAGES, '/zh/compare/']) {
		test(`${path}: each "Suggest a fix" opens its own row's line in the YAML file and names the row`, async ({ page }) => {
			await page.goto(path);
			const links = await page.locator('table.cmp tr[id]').evaluateAll((rows) =>
				rows.map((tr) => {
					const a = tr.querySelector<HTMLAnchorElement>('a.suggest-fix');
					return { id: tr.id, label: tr.getAttribute('data-pagefind-title'), href: a?.href, name: a?.getAttribute('aria-label') };
				}),
			);
			expect(links.length).toBeGreaterThan(10);
			for (const { id, label, href, name } of links) {
				const m = /\/blob\/main\/(content\/data\/tables\/[\w-]+\.yaml)#L(\d+)$/.exec(href ?? '');
				expect(m, `${id}: ${href}`).not.toBeNull();
				const line = readFileSync(join(ROOT, m![1]!), 'utf8').split('\n')[Number(m![2]) - 1];
				expect(line?.trim(), `${id}: line ${m![2]} of ${m![1]}`).toBe(`- id: ${id}`);
				expect(name).toContain(label);
			}
		});
	}
});

test.describe('two to five distribution columns (the picker chooses them)', () => {
	test('with five columns the table scrolls inside itself, label column and header row stay, a cue shows; the page does not scroll sideways', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 800 });
		await page.goto('/commands/');
		const box = page.locator('.table-scroll').first();
		const hint = page.locator('.row-table__scroll-hint').first();
		// The default pair fits.
		await expect(hint).toBeHidden();
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
		// Every distribution: the table scrolls inside its own box.
		await page.goto(`/commands/?d=${distros.map((d) => d.id).join(',')}`);
		await expect(hint).toBeVisible();
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth + 100)).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		const label = page.locator('table.cmp tbody th').first();
		const before = (await label.boundingBox())!.x;
		await box.evaluate((el) => (el.scrollLeft = 400));
		await expect.poll(async () => (await label.boundingBox())!.x).toBe(before);
		// Read down a long table: the header row stays at the top of its box.
		await box.scrollIntoViewIfNeeded();
		await box.evaluate((el) => (el.scrollTop = 600));
		const [head, boxRect] = await Promise.all([page.locator('table.cmp thead th').nth(1).boundingBox(), box.boundingBox()]);
		expect(Math.abs(head!.y - boxRect!.y)).toBeLessThanOrEqual(2);
	});

	test('a column the reader did not pick is gone from the table and from phone cards', async ({ page }) => {
		const [, second] = distros.map((d) => d.id) as [string, string];
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/paths/?d=${second}`);
		const row = page.locator('tr#kubeconfig');
		await expect(row.locator('td')).toHaveCount(distros.length);
		await expect(row.locator('td:visible')).toHaveCount(1);
		await expect(row.locator('td:visible')).toHaveAttribute('data-distro', second);
		await page.setViewportSize({ width: 1280, height: 800 });
		await expect(page.locator('table.cmp thead th:visible').first()).toHaveText(/Item/);
		await expect(page.locator('table.cmp').first().locator('thead th:visible')).toHaveCount(2);
	});
});
