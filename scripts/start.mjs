// `npm start`: build (when the build is missing or older than the sources), then serve dist/ on http://localhost:4321.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

function newest(path) {
	const full = join(root, path);
	if (!existsSync(full)) return 0;
	const stat = statSync(full);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(full).map((name) => newest(join(path, name))));
}

const marker = join(root, 'dist/pagefind/pagefind.js');
const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
if (builtAt < Math.max(...SOURCES.map(newest))) {
	console.log(builtAt ? 'Sources changed since the last build: rebuilding…' : 'No build yet: building the site and its search index…');
	const build = spawnSync('astro', ['build'], { cwd: root, stdio: 'inherit', shell: false });
	if (build.status !== 0) process.exit(build.status ?? 1);
} else {
	console.log('The build is up to date.');
}
// The same static server the browser tests use (scripts/serve.mjs).
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', '4321'], { cwd: root, stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
