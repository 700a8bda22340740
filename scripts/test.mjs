// `npm test`: every check, in order, with one closing line "N passed, N failed" over all stages.
// Stages: provision Chromium, astro check, unit tests, build, checks over dist/, search relevance, browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tally = [];

function run(command, args, env = {}) {
	const started = Date.now();
	const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1', ...env } });
	return { ok: res.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function record(stage, passed, failed, seconds) {
	tally.push({ stage, passed, failed, seconds });
	console.log(`\n── ${stage}: ${passed} passed, ${failed} failed (${seconds}s)\n`);
}

/** A stage that is one check: passes or fails as a whole. */
function single(stage, command, args) {
	console.log(`\n══ ${stage}`);
	const { ok, seconds } = run(command, args);
	record(stage, ok ? 1 : 0, ok ? 0 : 1, seconds);
	return ok;
}

/** A vitest stage: counts tests from its JSON report. */
function vitest(stage, project, name) {
	console.log(`\n══ ${stage}`);
	const file = join(results, `${name}.json`);
	const { ok, seconds } = run('vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
	let passed = 0;
	let failed = ok ? 0 : 1;
	if (existsSync(file)) {
		const report = JSON.parse(readFileSync(file, 'utf8'));
		passed = report.numPassedTests;
		failed = report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
	}
	record(stage, passed, failed, seconds);
}

function provisionChromium() {
	if (existsSync(CHROMIUM)) return true;
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log(`\n══ Chromium is missing at ${CHROMIUM}: installing Debian's chromium package`);
		const update = run('apt-get', ['update', '-qq']);
		const install = update.ok && run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' }).ok;
		if (install && existsSync(CHROMIUM)) return true;
	}
	console.error(
		`\nBrowser tests need Chromium at ${CHROMIUM}. On Debian or Ubuntu, as root: apt-get update && apt-get install -y chromium.` +
			' Elsewhere install Chromium and set CHROMIUM_PATH to its binary. Browsers are never downloaded by the tests.',
	);
	return false;
}

const hasChromium = provisionChromium();
single('Type check (astro check)', 'astro', ['check', '--minimumSeverity', 'warning']);
vitest('Unit and content tests', 'unit', 'unit');
const built = single('Production build and search index', 'astro', ['build']);
if (built) {
	vitest('Checks over the built site', 'build', 'build');
	vitest('Search relevance', 'search', 'search');
	if (hasChromium) {
		console.log('\n══ Browser tests (Playwright, headless Chromium)');
		const { ok, seconds } = run('playwright', ['test']);
		const file = join(results, 'e2e.json');
		let passed = 0;
		let failed = ok ? 0 : 1;
		if (existsSync(file)) {
			const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
			passed = stats.expected ?? 0;
			failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (ok || stats.unexpected ? 0 : 1);
		}
		record('Browser tests', passed, failed, seconds);
	} else {
		record('Browser tests', 0, 1, '0.0');
	}
} else {
	record('Checks that need a build', 0, 1, '0.0');
}

console.log('\nSummary');
for (const s of tally) console.log(`  ${s.stage.padEnd(40)} ${String(s.passed).padStart(5)} passed ${String(s.failed).padStart(4)} failed  ${s.seconds}s`);
const passed = tally.reduce((n, s) => n + s.passed, 0);
const failed = tally.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
