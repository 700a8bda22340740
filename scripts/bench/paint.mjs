// First contentful paint and page weight, side by side with another built site (`--against <dist>`).
//   npm run bench -- --against ../starlight-anchor/dist [--page /compare/] [--against-page /comparison/] [--runs 8]
// Both sites are served by scripts/serve.mjs (gzip, as a static host would), each run loads each page
// once in a fresh browser context (empty cache), alternating sites so drift hits both alike.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { serve } from '../serve.mjs';

export function paintOptions(argv) {
	const { values } = parseArgs({
		args: argv,
		strict: false,
		options: { against: { type: 'string' }, page: { type: 'string', default: '/compare/' }, 'against-page': { type: 'string', default: '/comparison/' }, runs: { type: 'string', default: '8' } },
	});
	return { against: values.against ? resolve(values.against) : undefined, page: values.page, againstPage: values['against-page'], runs: Math.max(1, Number(values.runs) || 8) };
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Stylesheets and scripts a page's HTML loads (found with an HTML parser, not patterns). */
function assetsOf(html) {
	const found = [];
	const walk = (node) => {
		const attr = (name) => node.attrs?.find((a) => a.name === name)?.value;
		if (node.tagName === 'link' && attr('rel') === 'stylesheet' && attr('href')) found.push(attr('href'));
		if (node.tagName === 'script' && attr('src')) found.push(attr('src'));
		for (const child of node.childNodes ?? []) walk(child);
		if (node.content) walk(node.content);
	};
	walk(parse(html));
	return found;
}

/** A module script and the relative modules it statically imports (what loads with it). */
function moduleGraph(path, seen = new Set()) {
	if (seen.has(path) || !existsSync(path)) return seen;
	seen.add(path);
	if (!path.endsWith('.js')) return seen;
	const code = readFileSync(path, 'utf8');
	for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) moduleGraph(join(path, '..', m[1]), seen);
	return seen;
}

/** HTML (raw) and CSS+JS (gzip) loaded on first view, per page of a built site, with the average. */
export function pageWeights(dist) {
	const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
	const pages = walk(dist)
		.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/') && !f.endsWith('404.html'))
		.map((file) => {
			const html = readFileSync(file);
			const files = new Set();
			for (const href of assetsOf(html.toString())) {
				if (/^(https?:)?\/\//.test(href)) continue;
				for (const f of moduleGraph(join(dist, href.replace(/^\//, '').split(/[?#]/)[0]))) files.add(f);
			}
			const assetsGzip = [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
			return { page: `/${file.slice(dist.length + 1)}`.replace(/index\.html$/, ''), html: html.length, htmlGzip: gz(html), cssJsGzip: assetsGzip };
		})
		// Redirect stubs are not pages a reader reads.
		.filter((p) => p.html > 1024);
	const avg = pages.reduce((n, p) => n + p.cssJsGzip, 0) / pages.length;
	return { pages, averageCssJsGzip: Math.round(avg) };
}

async function paintOf(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		return await page.evaluate(async () => {
			const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
			while (fcp() === undefined) await new Promise((r) => requestAnimationFrame(r));
			const nav = performance.getEntriesByType('navigation')[0];
			return { fcp: fcp(), load: nav.loadEventEnd || nav.duration };
		});
	} finally {
		await context.close();
	}
}

/** Runs the side-by-side measurement; returns numbers for bench.json. */
export async function paintComparison({ dist, argv, chromium, port }) {
	const opts = paintOptions(argv);
	const sites = [{ name: 'this site', dir: dist, page: opts.page }];
	if (opts.against) {
		if (!existsSync(join(opts.against, 'index.html'))) return { error: `--against ${opts.against}: no index.html there (build that site first)` };
		sites.push({ name: opts.against, dir: opts.against, page: opts.againstPage });
	}
	const servers = await Promise.all(sites.map((s, i) => serve({ dir: s.dir, port: port + i, base: '/' })));
	const { chromium: pw } = await import('@playwright/test');
	const browser = await pw.launch({ executablePath: chromium });
	try {
		const samples = sites.map(() => ({ fcp: [], load: [] }));
		for (let run = 0; run < opts.runs; run++) {
			// Alternate which site goes first, so neither always gets the warmer machine.
			const order = run % 2 ? [...sites.keys()].reverse() : [...sites.keys()];
			for (const i of order) {
				const { fcp, load } = await paintOf(browser, `http://127.0.0.1:${port + i}${sites[i].page}`);
				samples[i].fcp.push(fcp);
				samples[i].load.push(load);
			}
		}
		const result = sites.map((s, i) => {
			const weights = pageWeights(s.dir);
			const page = weights.pages.find((p) => p.page === s.page);
			return {
				site: s.name,
				page: s.page,
				runs: opts.runs,
				fcpMedianMs: Math.round(median(samples[i].fcp)),
				loadMedianMs: Math.round(median(samples[i].load)),
				htmlBytes: page?.html,
				htmlGzipBytes: page?.htmlGzip,
				cssJsGzipBytes: page?.cssJsGzip,
				averageCssJsGzipPerPage: weights.averageCssJsGzip,
			};
		});
		if (result.length === 2) {
			result.push({
				fcpRatio: Number((result[0].fcpMedianMs / result[1].fcpMedianMs).toFixed(2)),
				cssJsPerPageRatio: Number((result[0].averageCssJsGzipPerPage / result[1].averageCssJsGzipPerPage).toFixed(2)),
			});
		}
		return result;
	} finally {
		await browser.close();
		await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
	}
}

/** Prints the comparison as a few lines. */
export function printPaint(result) {
	if (!Array.isArray(result)) return console.log(`Paint: ${JSON.stringify(result)}`);
	const kb = (n) => (n === undefined ? '?' : (n / 1024).toFixed(1));
	console.log('\nFirst paint (median, gzip, fresh cache)   FCP ms  load ms  HTML KiB  CSS+JS gz KiB (page / site average)');
	for (const r of result.filter((r) => r.site)) {
		console.log(`${`${r.site} ${r.page}`.slice(-40).padEnd(42)}${String(r.fcpMedianMs).padStart(6)}  ${String(r.loadMedianMs).padStart(7)}  ${kb(r.htmlBytes).padStart(8)}  ${kb(r.cssJsGzipBytes)} / ${kb(r.averageCssJsGzipPerPage)}`);
	}
	const ratio = result.find((r) => r.fcpRatio !== undefined);
	if (ratio) console.log(`FCP ratio ${ratio.fcpRatio} (≤ 1 is the budget); CSS+JS per page ratio ${ratio.cssJsPerPageRatio} (≤ 0.5 is the budget)`);
}
