// `npm start`: build (when the build is missing or older than the sources), then serve dist/ on http://localhost:4321.
import { spawnSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildProblem } from './lib/build-freshness.mjs';

const root = new URL('..', import.meta.url).pathname;
const problem = buildProblem(root);
if (problem) {
	console.log(`${problem}: building the site and its search index…`);
	const build = spawnSync('astro', ['build'], { cwd: root, stdio: 'inherit', shell: false });
	if (build.status !== 0) process.exit(build.status ?? 1);
} else {
	console.log('The build is up to date.');
}
// The same static server the browser tests use (scripts/serve.mjs).
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--port', '4321'], { cwd: root, stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
