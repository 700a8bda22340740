// Architecture diagrams in a real browser, in both editions and both themes: drawn from the data,
// named for assistive technology, real text inside its boxes with the installed fonts, arrows on
// their items, readable colours, and on a phone a drawing that scrolls inside its own box.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './fixtures';
import { NODE_ENDED_ARROWS, diagramDistrosOf, loadDiagrams, loadLocalizedDiagrams } from '../helpers/diagrams';

const EDITIONS = [
	{ lang: 'en', prefix: '', docs: 'content/docs', diagrams: loadDiagrams() },
	{ lang: 'zh', prefix: '/zh', docs: 'content/i18n/zh/docs', diagrams: loadLocalizedDiagrams('zh') },
] as const;
/** The pages with diagrams, by MDX file name; which diagrams each shows is read from its MDX. */
const PAGES = ['compare', 'why-distributions'];
const THEMES = ['light', 'dark'] as const;

async function open(page: Page, path: string, theme: (typeof THEMES)[number], width = 1280, height = 800) {
	await page.setViewportSize({ width, height });
	await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
	expect((await page.goto(path))?.status(), path).toBe(200);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Problems of the drawn SVG, measured with the browser's own fonts (empty when sound). */
function drawnProblems(page: Page) {
	return page.evaluate(() => {
		const problems: string[] = [];
		const rectOf = (g: Element) => (g.querySelector(':scope > rect') as SVGRectElement).getBBox();
		for (const svg of document.querySelectorAll('.arch-figures svg')) {
			const distro = svg.getAttribute('data-distro');
			const boxes = new Map([...svg.querySelectorAll('g[data-box]')].map((g) => [g.getAttribute('data-box')!, g]));
			for (const [id, g] of boxes) {
				const box = rectOf(g);
				for (const text of g.querySelectorAll(':scope > text')) {
					const t = (text as SVGTextElement).getBBox();
					if (t.x < box.x + 2 || t.x + t.width > box.x + box.width - 2 || t.y < box.y || t.y + t.height > box.y + box.height) {
						problems.push(`${distro}: "${text.textContent}" (${Math.round(t.width)} px) does not fit ${id} (${Math.round(box.width)} px)`);
					}
				}
			}
			for (const g of svg.querySelectorAll('g[data-arrow]')) {
				const line = g.querySelector('line')!;
				const head = g.querySelector('polygon')!;
				const x = line.x1.baseVal.value;
				const y1 = line.y1.baseVal.value;
				const tip = head.points.getItem(2);
				for (const [end, y] of [['data-from', y1], ['data-to', tip.y]] as const) {
					const target = boxes.get(g.getAttribute(end)!);
					if (!target) {
						problems.push(`${distro}: arrow ${g.getAttribute('data-arrow')} ${end} names no box`);
						continue;
					}
					const b = rectOf(target);
					const onEdge = Math.abs(y - b.y) < 0.5 || Math.abs(y - (b.y + b.height)) < 0.5;
					if (x <= b.x || x >= b.x + b.width || !onEdge) problems.push(`${distro}: arrow ${g.getAttribute('data-arrow')} does not touch ${g.getAttribute(end)}`);
				}
			}
		}
		return problems;
	});
}

/** The lowest contrast ratio between each diagram text and what is behind it. */
function lowestContrast(page: Page) {
	return page.evaluate(() => {
		const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
		const luminance = (color: string) => {
			const [r, g, b] = rgb(color).map((v) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const ratio = (a: string, b: string) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (hi! + 0.05) / (lo! + 0.05);
		};
		const painted = (el: Element) => {
			const fill = getComputedStyle(el).fill;
			return fill && fill !== 'none' && !fill.endsWith(', 0)') ? fill : undefined;
		};
		let lowest = { ratio: Infinity, text: '' };
		for (const svg of document.querySelectorAll('.arch-figures svg')) {
			const page = getComputedStyle(svg.closest('.arch-diagram__scroll')!).backgroundColor;
			const rects = [...svg.querySelectorAll('rect')];
			for (const text of svg.querySelectorAll('text')) {
				const t = (text as SVGTextElement).getBBox();
				const cx = t.x + t.width / 2;
				const cy = t.y + t.height / 2;
				// The topmost painted rectangle under the text's centre, else the drawing's background.
				const under = rects.filter((r) => {
					const b = r.getBBox();
					return painted(r) && cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height;
				});
				const background = under.length ? painted(under[under.length - 1]!)! : page;
				const r = ratio(getComputedStyle(text).fill, background);
				if (r < lowest.ratio) lowest = { ratio: r, text: text.textContent ?? '' };
			}
		}
		return lowest;
	});
}

for (const { lang, prefix, docs, diagrams } of EDITIONS) {
	for (const name of PAGES) {
		const path = `${prefix}/${name}/`;
		const shown = diagramDistrosOf(`${docs}/${name}.mdx`).map((distro) => {
			const d = diagrams.find((x) => x.distro === distro);
			if (!d) throw new Error(`${docs}/${name}.mdx: no diagram data for ${distro}`);
			return d;
		});
		test(`${path}: every diagram is drawn from its data and named for assistive technology`, async ({ page }) => {
			expect(shown.length, `${docs}/${name}.mdx shows no diagram`).toBeGreaterThan(0);
			await open(page, path, 'light');
			const figures = page.locator('.arch-figures figure');
			await expect(figures).toHaveCount(shown.length);
			for (const [i, d] of shown.entries()) {
				const figure = figures.nth(i);
				await expect(figure.locator('svg')).toHaveAttribute('data-distro', d.distro);
				const svg = figure.getByRole('img', { name: d.title, exact: true });
				await expect(svg).toBeVisible();
				await expect(svg).toHaveAccessibleDescription(d.description.replace(/\s+/g, ' '));
				await expect(figure.locator('figcaption')).toContainText(d.heading);
				for (const node of d.nodes) {
					const drawn = (await figure.locator(`g[data-box="${node.id}"] > text`).allTextContents()).join('');
					expect(drawn.replace(/\s+/g, ''), `label of ${node.id}`).toBe(node.label.replace(/\s+/g, ''));
				}
				const nodeOf = new Map(d.nodes.flatMap((n) => [n, ...n.processes, ...n.processes.flatMap((p) => p.components), ...n.pods].map((x) => [x.id, n.id])));
				for (const c of d.connections) {
					// An arrow listed in NODE_ENDED_ARROWS may end on its item's node; every other one on the item itself.
					const ends = NODE_ENDED_ARROWS[d.distro]?.includes(c.id) ? [[c.from, nodeOf.get(c.from)], [c.to, nodeOf.get(c.to)]] : [[c.from], [c.to]];
					const arrow = figure.locator(`g[data-arrow="${c.id}"]`);
					await expect(arrow).toHaveCount(1);
					expect(ends[0], `${d.distro}: arrow ${c.id} starts`).toContain(await arrow.getAttribute('data-from'));
					expect(ends[1], `${d.distro}: arrow ${c.id} ends`).toContain(await arrow.getAttribute('data-to'));
				}
				for (const s of d.sources) await expect(figure.getByRole('link', { name: s.label })).toHaveAttribute('href', s.url);
			}
			expect(await drawnProblems(page)).toEqual([]);
		});
	}

	for (const name of PAGES) for (const [width, height] of [[1280, 800], [390, 844]] as const) {
		test(`${lang}, /${name}/ at ${width} px: a drawing off screen is skipped until it comes near, in a box of the size it is drawn at`, async ({ page }) => {
			await open(page, `${prefix}/${name}/`, 'light', width, height);
			const scrollers = page.locator('.arch-diagram__scroll');
			// Whether each drawing is rendered rather than skipped by content-visibility.
			const drawn = () => scrollers.evaluateAll((els) => els.map((el) => el.querySelector('svg')!.checkVisibility({ contentVisibilityAuto: true })));
			const boxes = await scrollers.evaluateAll((els) => els.map((el) => ({ top: el.getBoundingClientRect().top, height: el.getBoundingClientRect().height })));
			const drawnFarBelow = (await drawn()).filter((_, i) => boxes[i]!.top > 2 * height);
			const where = `${prefix}/${name}/ at ${width} px`;
			expect(drawnFarBelow.length, `${where}: diagrams far below the first screen`).toBeGreaterThan(0);
			for (const isDrawn of drawnFarBelow) expect(isDrawn, `${where}: a diagram far below is not drawn yet`).toBe(false);
			// Printing draws every one: paper has no "near". The browser unlocks skipped content at its next
			// rendering update, not on the media change itself: wait for it.
			await page.emulateMedia({ media: 'print' });
			await expect.poll(drawn, `${where}: printed`).not.toContain(false);
			await page.emulateMedia({ media: 'screen' });
			for (const [i, scroller] of (await scrollers.all()).entries()) {
				await scroller.scrollIntoViewIfNeeded();
				await expect.poll(async () => (await drawn())[i], `${where}: diagram ${i + 1} is drawn once near`).toBe(true);
				const drawnHeight = await scroller.evaluate((el) => el.getBoundingClientRect().height);
				expect(Math.abs(drawnHeight - boxes[i]!.height), `${where}: diagram ${i + 1} keeps the height it had before it was drawn`).toBeLessThanOrEqual(1);
			}
		});
	}

	for (const theme of THEMES) {
		test(`${lang}, ${theme}: at 1280 px the diagrams sit side by side or stacked, never overlapping, text readable on its background`, async ({ page }) => {
			await open(page, `${prefix}/compare/`, theme);
			const [a, b] = await page.locator('.arch-figures figure').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
			// Side by side where the column is wide enough (about 1140 px), else one above the other.
			expect(a.right <= b.left + 0.5 || a.bottom <= b.top + 0.5, 'figures do not overlap').toBe(true);
			const lowest = await lowestContrast(page);
			expect(lowest.ratio, `lowest contrast: "${lowest.text}"`).toBeGreaterThanOrEqual(4.5);
		});

		test(`${lang}, ${theme}: on a 390 px phone the diagrams stack and scroll inside their own box, never the page`, async ({ page }, info) => {
			await open(page, `${prefix}/compare/`, theme, 390, 844);
			const [a, b] = await page.locator('.arch-figures figure').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
			expect(b.top, 'stacked').toBeGreaterThanOrEqual(a.bottom);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'page scrolls sideways').toBeLessThanOrEqual(0);
			const scroller = page.locator('.arch-diagram__scroll').first();
			// Drawn once it comes near (it is skipped while far below the first screen).
			await scroller.scrollIntoViewIfNeeded();
			await expect.poll(() => scroller.evaluate((el) => el.scrollWidth - el.clientWidth), { message: 'the drawing scrolls inside its box' }).toBeGreaterThan(0);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'page scrolls sideways once drawn').toBeLessThanOrEqual(0);
			// Keyboard users scroll it too: the box takes focus and the arrow keys move it.
			await scroller.focus();
			await expect(scroller).toBeFocused();
			await page.keyboard.press('ArrowRight');
			await expect(scroller, 'the box keeps focus, so the key went to it').toBeFocused();
			// The tests' browser scrolls at once, without animating (playwright.config.ts).
			await expect.poll(() => scroller.evaluate((el) => el.scrollLeft), { message: 'ArrowRight scrolls the drawing' }).toBeGreaterThan(0);
			expect(await drawnProblems(page)).toEqual([]);
			expect(await axeViolations(page, info, '.arch-figures')).toEqual([]);
		});
	}
}
