// The chooser on /choose/ in a real browser: URL state, ranking from the data, keyboard use,
// the announced result, the proof links, the matrix without JavaScript, and axe with results shown.
import { expect, test, type Page } from '@playwright/test';
import { rankDistros } from '../../src/lib/chooser';
import { localizePath } from '../../src/i18n/langs';
import { pairPath, rowPath } from '../../src/lib/urls';
import { loadRequirements } from '../helpers/content';
import { axeInViews } from './fixtures';
import { trackErrors } from './helpers';

const { distros, rows, english } = loadRequirements();
const distroIds = distros.map((d) => d.id);
const nameOf = (id: string) => distros.find((d) => d.id === id)!.name;
const rowById = new Map(rows.map((r) => [r.id, r]));

/** Ids whose verdicts differ between distributions, so the ranking has something to decide. */
const deciding = english.filter((r) => new Set(distroIds.map((d) => r.verdicts[d]!.verdict)).size > 1).map((r) => r.id);
const NEEDS = deciding.slice(0, 3);

const box = (page: Page, id: string) => page.locator(`#need-box-${id}`);
const cards = (page: Page) => page.locator('#chooser [data-distro]');

/** What the page shows for each distribution, in page order. */
/** The cards as they are now; the chooser redraws them after a tick (and its code may still be arriving), so poll this. */
async function shown(page: Page) {
	return cards(page).evaluateAll((els) =>
		els.map((el) => ({
			distro: (el as HTMLElement).dataset.distro!,
			score: el.querySelector('[data-score]')!.textContent!.trim(),
			best: !(el.querySelector('[data-best]') as HTMLElement).hidden,
			listed: [...el.querySelectorAll<HTMLElement>('[data-group] li[data-need]')].filter((li) => li.checkVisibility()).map((li) => `${li.closest<HTMLElement>('[data-group]')!.dataset.group}:${li.dataset.need}`),
		})),
	);
}

/** What the page must show for `needs`, computed from the data. */
function expected(needs: string[]) {
	const ranking = rankDistros(english, distroIds, needs);
	const top = ranking[0]!;
	return ranking.map((s) => ({
		distro: s.distro,
		score: `${s.met} of ${needs.length} met`,
		best: s.no.length === top.no.length && s.withEffort.length === top.withEffort.length,
		listed: english.filter((r) => needs.includes(r.id)).flatMap((r) => {
			const v = r.verdicts[s.distro]!.verdict;
			return v === 'yes' ? [] : [`${v}:${r.id}`];
		}).sort((a, b) => (a.startsWith('with-effort') === b.startsWith('with-effort') ? 0 : a.startsWith('with-effort') ? -1 : 1)),
	}));
}

test('the URL state round-trips: ticks come from ?need=, changes go back into it, a reload keeps them', async ({ page }) => {
	expect(NEEDS.length).toBeGreaterThanOrEqual(2);
	const errors = trackErrors(page);
	await page.goto(`/choose/?need=${NEEDS.slice(0, 2).join(',')}`);
	for (const id of english.map((r) => r.id)) await expect(box(page, id)).toBeChecked({ checked: NEEDS.slice(0, 2).includes(id) });
	await expect.poll(() => shown(page)).toEqual(expected(NEEDS.slice(0, 2)));

	await box(page, NEEDS[2]!).check();
	await expect(page).toHaveURL(new RegExp(`\\?need=${NEEDS.join(',')}$`));
	await expect.poll(() => shown(page)).toEqual(expected(NEEDS));

	await page.reload();
	await expect(box(page, NEEDS[2]!)).toBeChecked();
	await expect.poll(() => shown(page)).toEqual(expected(NEEDS));

	await page.locator('#chooser-clear').click();
	await expect(page).toHaveURL(/\/choose\/$/);
	for (const id of NEEDS) await expect(box(page, id)).not.toBeChecked();
	await expect(cards(page).first()).toBeHidden();
	expect(errors, 'console errors and CSP violations').toEqual([]);
});

test('other parameters and the anchor survive; unknown ids are ignored', async ({ page }) => {
	await page.goto(`/choose/?need=no-such-need,${NEEDS[0]}&x=1#choose-matrix`);
	await expect(box(page, NEEDS[0]!)).toBeChecked();
	await expect.poll(() => shown(page)).toEqual(expected([NEEDS[0]!]));
	await box(page, NEEDS[1]!).check();
	await expect(page).toHaveURL(new RegExp(`\\?x=1&need=${NEEDS[0]},${NEEDS[1]}#choose-matrix$`));
});

test('every single requirement ranks the distributions as the data says', async ({ page }) => {
	await page.goto('/choose/');
	await box(page, english[0]!.id).focus();
	for (const req of english) {
		await page.locator('#chooser-clear').click();
		await box(page, req.id).check();
		await expect.poll(() => shown(page), { message: req.id }).toEqual(expected([req.id]));
	}
});

test('keyboard only: Tab reaches the boxes, Space ticks, the result is announced and focus stays', async ({ page }) => {
	await page.goto('/choose/');
	const status = page.locator('#chooser [role="status"]');
	await expect(status).toHaveText('Tick a requirement to see which distributions meet it.');
	const first = box(page, english[0]!.id);
	for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	await expect(first).toBeFocused();
	const top = rankDistros(english, distroIds, [english[0]!.id])[0]!;
	await expect(status).toHaveText(`${nameOf(top.distro)} fits best: ${top.met} of 1 met.`);
	await page.keyboard.press('Tab');
	await expect(box(page, english[1]!.id)).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(new RegExp(`need=${english[0]!.id},${english[1]!.id}`));
});

test('what it misses and what effort takes link to the proving rows, and the best two to their pair page', async ({ page }) => {
	await page.goto(`/choose/?need=${NEEDS.join(',')}`);
	const ranking = rankDistros(english, distroIds, NEEDS);
	for (const s of ranking) {
		for (const id of [...s.withEffort, ...s.no]) {
			const item = page.locator(`#chooser [data-distro="${s.distro}"] li[data-need="${id}"]`);
			await expect(item).toBeVisible();
			const hrefs = await item.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(hrefs).toEqual(english.find((r) => r.id === id)!.verdicts[s.distro]!.rows.map((row) => rowPath(rowById.get(row)!)));
			const note = english.find((r) => r.id === id)!.verdicts[s.distro]!.note;
			if (note) await expect(item).toContainText(note.replace(/`/g, ''));
		}
	}
	const pair = page.locator('#chooser-pair');
	await expect(pair).toHaveAttribute('href', pairPath(ranking[0]!.distro, ranking[1]!.distro));
	await expect(pair).toHaveText(`Compare ${nameOf(ranking[0]!.distro)} and ${nameOf(ranking[1]!.distro)} side by side`);
});

test('a proof link lands on its row', async ({ page }) => {
	await page.goto(`/choose/?need=${NEEDS[0]}`);
	const link = page.locator('#chooser li[data-need]:visible a').first();
	const href = (await link.getAttribute('href'))!;
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
	await expect(page.locator(`tr[id="${href.split('#')[1]}"]`)).toBeVisible();
});

test('the Chinese edition has the same ids and links within its edition', async ({ page }) => {
	await page.goto(`/zh/choose/?need=${NEEDS.join(',')}`);
	for (const id of NEEDS) await expect(box(page, id)).toBeChecked();
	const ranking = rankDistros(english, distroIds, NEEDS);
	await expect(page.locator('#chooser [role="status"]')).toHaveText(`${nameOf(ranking[0]!.distro)} 最合适：满足 ${NEEDS.length} 项中的 ${ranking[0]!.met} 项。`);
	await expect(page.locator('#chooser-pair')).toHaveAttribute('href', localizePath(pairPath(ranking[0]!.distro, ranking[1]!.distro), 'zh'));
	const hrefs = await page.locator('#chooser li[data-need]:visible a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) expect(href).toMatch(/^\/zh\/(compare|paths|commands)\/#/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const lang of ['en', 'zh'] as const) {
		test(`${lang}: the chooser is hidden and the matrix shows every requirement and verdict, each linked to its proof`, async ({ page }) => {
			await page.goto(localizePath('/choose/', lang));
			await expect(page.locator('#chooser')).toBeHidden();
			const matrix = page.locator('#requirement-matrix');
			await expect(matrix).toBeVisible();
			const found = await matrix.locator('tbody tr').evaluateAll((trs) =>
				trs.map((tr) => ({
					id: tr.id,
					cells: [...tr.querySelectorAll('td')].map((td) => ({ distro: td.dataset.distro, verdict: td.dataset.verdict, links: [...td.querySelectorAll('a')].map((a) => a.getAttribute('href')) })),
				})),
			);
			expect(found).toEqual(
				english.map((r) => ({
					id: `need-${r.id}`,
					cells: distroIds.map((d) => ({ distro: d, verdict: r.verdicts[d]!.verdict, links: r.verdicts[d]!.rows.map((row) => localizePath(rowPath(rowById.get(row)!), lang)) })),
				})),
			);
		});
	}
});

test('axe with every requirement ticked, in both themes at desktop and phone width, on one load', async ({ page }, info) => {
	// Four scans of a long page: room for a busy machine.
	test.setTimeout(120_000);
	await page.goto(`/choose/?need=${english.map((r) => r.id).join(',')}`);
	await expect(cards(page).first()).toBeVisible();
	expect(await axeInViews(page, info)).toEqual([]);
});
