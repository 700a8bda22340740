// `npm run bench`: build once, then report numbers (never fails on them).
// Build + index time, per-page HTML/CSS/JS (raw and gzip) and first-load JS, Pagefind index size,
// search as a reader feels it (scripts/bench/search.mjs), and Lighthouse scores for three pages.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { againstFromArgs, benchSearch } from './bench/search.mjs';
import { paintComparison, printPaint } from './bench/paint.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const out = join(root, 'bench-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 4339);
mkdirSync(out, { recursive: true });
const report = { date: new Date().toISOString(), budgets: { firstLoadJsGzip: 3 * 1024, lighthouse: 100 } };

// 1. Build and index.
const started = Date.now();
const build = spawnSync('astro', ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
	console.error('Build failed; no numbers.');
	process.exit(1);
}
report.buildSeconds = Number(((Date.now() - started) / 1000).toFixed(2));

// 2. Page weights.
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const files = walk(dist);
const htmlFiles = files.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
const asset = (href) => join(dist, href.replace(/^\//, '').split('#')[0].split('?')[0]);

/** A module script and everything it statically imports (what the browser fetches on load). */
function moduleGraph(path, seen = new Set()) {
	if (seen.has(path) || !existsSync(path)) return seen;
	seen.add(path);
	const code = readFileSync(path, 'utf8');
	for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) moduleGraph(join(path, '..', m[1]), seen);
	return seen;
}

const pages = htmlFiles.map((file) => {
	const html = readFileSync(file);
	const text = html.toString();
	const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => asset(m[1]));
	const scripts = [...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => asset(m[1]));
	const js = new Set();
	for (const s of scripts) for (const f of moduleGraph(s)) js.add(f);
	const sum = (list, fn) => [...list].reduce((n, f) => n + (existsSync(f) ? fn(readFileSync(f)) : 0), 0);
	const page = `/${relative(dist, file)}`.replace(/index\.html$/, '');
	return {
		page,
		html: html.length,
		htmlGzip: gz(html),
		css: sum(css, (b) => b.length),
		cssGzip: sum(css, gz),
		js: sum(js, (b) => b.length),
		jsGzip: sum(js, gz),
	};
});
for (const p of pages) p.totalGzip = p.htmlGzip + p.cssGzip + p.jsGzip;
report.pages = pages;
report.pageCount = pages.length;
report.largestPage = pages.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));
report.maxFirstLoadJsGzip = Math.max(...pages.map((p) => p.jsGzip));

// 3. Search index.
const pf = files.filter((f) => f.includes(`${join(dist, 'pagefind')}/`));
report.pagefind = { files: pf.length, bytes: pf.reduce((n, f) => n + statSync(f).size, 0) };

// 4 and 5 need Chromium and a server.
async function withServer(fn) {
	const server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: root, stdio: 'ignore' });
	try {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
			} catch {}
			await new Promise((r) => setTimeout(r, 200));
		}
		return await fn(`http://127.0.0.1:${PORT}`);
	} finally {
		server.kill();
	}
}

async function lighthouseScores(base) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
	const scores = {};
	try {
		const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
		for (const [form, config] of [['mobile', undefined], ['desktop', desktop]])
			for (const path of ['/', '/compare/', '/components/kine/']) {
				const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
				const key = `${form} ${path}`;
				scores[key] = Object.fromEntries(Object.entries(result.lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
				scores[key].cls = result.lhr.audits['cumulative-layout-shift']?.numericValue;
				const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
				if (failing.length) scores[key].failingAudits = failing;
			}
	} finally {
		await chrome.kill();
	}
	return scores;
}

if (existsSync(CHROMIUM)) {
	try {
		report.search = await benchSearch({ dist, against: againstFromArgs(), port: PORT + 1, chromiumPath: CHROMIUM });
	} catch (e) {
		report.search = { error: String(e) };
	}
	await withServer(async (base) => {
		try {
			report.lighthouse = await lighthouseScores(base);
		} catch (e) {
			report.lighthouse = { error: String(e) };
		}
	});
} else {
	report.search = report.lighthouse = { error: `Chromium not found at ${CHROMIUM}` };
}

// 6. First paint and page weight, side by side with another built site (`-- --against <dist>`).
if (existsSync(CHROMIUM)) report.paint = await paintComparison({ dist, argv: process.argv.slice(2), chromium: CHROMIUM, port: PORT + 2 }).catch((e) => ({ error: String(e) }));

writeFileSync(join(out, 'bench.json'), JSON.stringify(report, null, 2));
const kb = (n) => (n / 1024).toFixed(1);
console.log(`\nBuild + index: ${report.buildSeconds}s for ${report.pageCount} pages`);
console.log('\npage'.padEnd(34) + 'HTML  gz   CSS  gz   JS  gz   total gz (KB)');
for (const p of pages) console.log(`${p.page.padEnd(33)}${kb(p.html).padStart(5)} ${kb(p.htmlGzip).padStart(4)} ${kb(p.css).padStart(5)} ${kb(p.cssGzip).padStart(4)} ${kb(p.js).padStart(4)} ${kb(p.jsGzip).padStart(4)} ${kb(p.totalGzip).padStart(7)}`);
console.log(`\nLargest page: ${report.largestPage.page} (${kb(report.largestPage.totalGzip)} KB gzip)`);
console.log(`First-load JS (max over pages): ${kb(report.maxFirstLoadJsGzip)} KB gzip (budget ${kb(report.budgets.firstLoadJsGzip)} KB)`);
console.log(`Pagefind index: ${report.pagefind.files} files, ${kb(report.pagefind.bytes)} KB`);
console.log(`Search: ${JSON.stringify(report.search, null, 1)}`);
console.log(`Lighthouse: ${JSON.stringify(report.lighthouse, null, 1)}`);
if (report.paint) printPaint(report.paint);
console.log(`\nWritten to ${relative(root, join(out, 'bench.json'))}`);
