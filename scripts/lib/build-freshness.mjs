// Is dist/ a build of the current sources? `npm start` rebuilds when it is not; the checks over dist/ refuse to run.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from: a change in any of these makes dist/ stale. */
export const BUILD_SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/** The last file a build writes (the search index comes after the pages), so its time is the build's. */
export const BUILD_MARKER = 'dist/pagefind/pagefind.js';

function newest(path) {
	if (!existsSync(path)) return { path, time: 0 };
	const stat = statSync(path);
	if (!stat.isDirectory()) return { path, time: stat.mtimeMs };
	return readdirSync(path)
		.map((name) => newest(join(path, name)))
		.reduce((a, b) => (b.time > a.time ? b : a), { path, time: 0 });
}

/** undefined when dist/ is up to date, else why not (missing, or which source is newer). */
export function buildProblem(root) {
	const marker = join(root, BUILD_MARKER);
	if (!existsSync(marker)) return `dist/ has no complete build (${BUILD_MARKER} is missing)`;
	const builtAt = statSync(marker).mtimeMs;
	const latest = BUILD_SOURCES.map((p) => newest(join(root, p))).reduce((a, b) => (b.time > a.time ? b : a));
	if (latest.time > builtAt) return `dist/ is older than its sources (${latest.path.slice(root.length).replace(/^\//, '')} changed after the last build)`;
	return undefined;
}
