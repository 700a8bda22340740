// Search as a reader feels it, in headless Chromium against compressed servers (scripts/serve.mjs),
// each run on a fresh page (new browser context, empty cache), alternating with a second site when given:
//   - key press that opens search → first result, typing the query at once (median of the runs);
//   - keystroke → updated results once search is loaded (p50 and p95 over every query of every run);
//   - bytes transferred (as served, gzip) by opening search plus the first query, then what a prose query
//     (page sections, from Pagefind) adds, and JavaScript before intent.
// The second site is a Starlight build (`--against <dist>`): its search opens with Ctrl+K too.
import { serve } from '../serve.mjs';

const SITES = {
	// `data-searched` on the dialog names the query once page sections have joined the rows.
	site: { page: '/compare/', input: '#search-input', result: '#search-results [role="option"]', complete: '#search-dialog' },
	starlight: { page: '/comparison/', input: '#starlight__search input', result: '.pagefind-ui__result-link' },
};
const FIRST_QUERY = 'kubeconfig';
// A second query that rows alone do not answer: what the page sections (Pagefind) add on top.
const PROSE_QUERY = 'why distributions exist';
const QUERIES = ['etcd', 'traefik', 'containerd', 'backup', 'restore', 'token', 'flannel', 'coredns', 'helm', 'airgap', 'uninstall', 'snapshot', 'calico', 'registry', 'kine', 'konnectivity'];

const median = (list) => percentile(list, 50);
function percentile(list, p) {
	if (!list.length) return null;
	const sorted = [...list].sort((a, b) => a - b);
	return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

/** One fresh page: load, open with Ctrl+K, type at once, wait for the first result; then warm keystrokes. */
async function oneRun(browser, base, site) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	let phase = 'load';
	const bytes = { load: 0, loadJs: 0, search: 0, prose: 0 };
	page.on('requestfinished', async (request) => {
		const at = phase;
		const sizes = await request.sizes().catch(() => null);
		const response = await request.response().catch(() => null);
		if (!sizes) return;
		bytes[at] += sizes.responseBodySize;
		if (at === 'load' && /javascript/.test(response?.headers()['content-type'] ?? '')) bytes.loadJs += sizes.responseBodySize;
	});
	try {
		await page.goto(`${base}${site.page}`, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		await page.evaluate((selector) => {
			const w = /** @type {any} */ (window);
			addEventListener('keydown', () => (w.__openedAt ??= performance.now()), { capture: true });
			const seen = () => document.querySelector(selector) && (w.__firstAt ??= performance.now());
			new MutationObserver(seen).observe(document.documentElement, { childList: true, subtree: true });
		}, site.result);
		phase = 'search';
		await page.keyboard.press('Control+k');
		await page.locator(site.input).waitFor({ state: 'visible' });
		await page.keyboard.type(FIRST_QUERY);
		await page.waitForFunction(() => /** @type {any} */ (window).__firstAt, null, { timeout: 15_000 });
		const firstResultMs = await page.evaluate(() => /** @type {any} */ (window).__firstAt - /** @type {any} */ (window).__openedAt);
		await page.waitForLoadState('networkidle');
		await new Promise((r) => setTimeout(r, 300)); // let the last responses be counted
		const searchBytes = bytes.search;
		phase = 'prose';
		const before = await page.locator(site.result).first().textContent();
		await page.locator(site.input).fill(PROSE_QUERY);
		// Ours says when page sections have joined; Starlight's first result changes.
		if (site.complete) await page.waitForFunction(({ sel, q }) => document.querySelector(sel)?.getAttribute('data-searched') === q, { sel: site.complete, q: PROSE_QUERY }, { timeout: 15_000 });
		else await page.waitForFunction(({ sel, was }) => document.querySelector(sel)?.textContent !== was, { sel: site.result, was: before }, { timeout: 15_000 });
		await page.waitForLoadState('networkidle');
		await new Promise((r) => setTimeout(r, 300));
		const proseBytes = bytes.prose;
		phase = 'warm';
		bytes.warm = 0;
		const keystrokes = [];
		const complete = [];
		for (const query of QUERIES) {
			const ms = await page.evaluate(
				async ({ input, result, complete, query }) => {
					const field = /** @type {HTMLInputElement} */ (document.querySelector(input));
					const until = (test) =>
						new Promise((resolve, reject) => {
							const stop = setTimeout(() => reject(new Error('timeout')), 5000);
							const check = () => test() && (clearTimeout(stop), observer.disconnect(), resolve(performance.now()));
							const observer = new MutationObserver(check);
							observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
							check();
						});
					field.value = '';
					field.dispatchEvent(new Event('input', { bubbles: true }));
					await until(() => !document.querySelector(result));
					field.value = query;
					const t0 = performance.now();
					field.dispatchEvent(new Event('input', { bubbles: true }));
					const first = (await until(() => document.querySelector(result))) - t0;
					const full = complete ? (await until(() => document.querySelector(complete)?.getAttribute('data-searched') === query)) - t0 : null;
					return { first, full };
				},
				{ input: site.input, result: site.result, complete: site.complete ?? null, query },
			).catch(() => null);
			if (ms) keystrokes.push(ms.first);
			if (ms?.full != null) complete.push(ms.full);
		}
		return { firstResultMs, searchBytes, proseBytes, loadBytes: bytes.load, loadJsBytes: bytes.loadJs, keystrokes, complete };
	} finally {
		await context.close();
	}
}

/** Runs the search bench against `dist` (and `against`, a second built site, when given). */
export async function benchSearch({ dist, against, port, chromiumPath, runs = 8 }) {
	const { chromium } = await import('@playwright/test');
	const servers = [await serve({ dir: dist, port, base: '/' })];
	const bases = { site: `http://127.0.0.1:${port}` };
	if (against) {
		servers.push(await serve({ dir: against, port: port + 2, base: '/' }));
		bases.starlight = `http://127.0.0.1:${port + 2}`;
	}
	const browser = await chromium.launch({ executablePath: chromiumPath });
	const samples = Object.fromEntries(Object.keys(bases).map((k) => [k, []]));
	try {
		for (let i = 0; i < runs; i++) for (const name of Object.keys(bases)) samples[name].push(await oneRun(browser, bases[name], SITES[name]));
	} finally {
		await browser.close();
		for (const s of servers) s.close();
	}
	const summary = (list) => ({
		runs: list.length,
		keyPressToFirstResultMs: median(list.map((r) => r.firstResultMs)),
		keystrokeP50Ms: median(list.flatMap((r) => r.keystrokes)),
		keystrokeP95Ms: percentile(list.flatMap((r) => r.keystrokes), 95),
		keystrokeSamples: list.reduce((n, r) => n + r.keystrokes.length, 0),
		// Ours only: until page sections have joined the rows (the rows are the first update).
		...(list.some((r) => r.complete.length) ? { keystrokeCompleteP50Ms: median(list.flatMap((r) => r.complete)), keystrokeCompleteP95Ms: percentile(list.flatMap((r) => r.complete), 95) } : {}),
		openAndFirstQueryKiB: Number((median(list.map((r) => r.searchBytes)) / 1024).toFixed(1)),
		thenProseQueryKiB: Number((median(list.map((r) => r.proseBytes)) / 1024).toFixed(1)),
		firstLoadJsKiB: Number((median(list.map((r) => r.loadJsBytes)) / 1024).toFixed(1)),
	});
	return {
		method: `fresh page per run, ${runs} runs${against ? ' alternating' : ''}, compressed server; Ctrl+K then "${FIRST_QUERY}" typed at once, then "${PROSE_QUERY}" (bytes it adds); ${QUERIES.length} warm queries per run`,
		budgets: { keyPressToFirstResultMs: 250, keystrokeP95Ms: 50, openAndFirstQueryKiB: 110, firstLoadJsKiB: 3 },
		...Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summary(list)])),
	};
}

/** `--against <dist>` from the command line, or BENCH_AGAINST. */
export function againstFromArgs(argv = process.argv) {
	const i = argv.indexOf('--against');
	return i >= 0 ? argv[i + 1] : process.env.BENCH_AGAINST;
}
