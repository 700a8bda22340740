// A static server for a built site, compressed the way static hosts serve it.
// `npm start`, the browser tests and the benchmark use it, so what is tested is what is deployed.
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /]   (--base defaults to BASE_PATH)
// Unknown paths get the 404 page of their edition (`/zh/…` → `/zh/404.html` when it exists).
// When the build wrote dist/_headers (src/integrations/deploy-headers.ts), every response carries exactly
// the headers that file gives its path, as Netlify and Cloudflare Pages would send them.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import compression from 'compression';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';

/** Starts a server for `dir`; resolves once it listens. */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1', base = process.env.BASE_PATH ?? '/' } = {}) {
	const root = resolve(dir);
	if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: build the site first (npm run build).`);
	const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });
	const compress = compression();
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const notFound = (req, res) => {
		const edition = /^\/([a-z]{2})\//.exec(req.url ?? '')?.[1];
		const page = [edition && join(root, edition, '404.html'), join(root, '404.html')].find((p) => p && existsSync(p));
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(page ? readFileSync(page) : 'Not found');
	};
	// A site built for a sub-path (BASE_PATH=/docs/) is served under it, as its host would.
	const prefix = base.replace(/\/$/, '');
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://host').pathname;
		for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
		if (prefix) {
			if (!req.url?.startsWith(`${prefix}/`)) return notFound(req, res);
			req.url = req.url.slice(prefix.length);
		}
		compress(req, res, () => files(req, res, () => notFound(req, res)));
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => done(server));
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' }, base: { type: 'string' } } });
	const server = await serve({ dir: values.dir, port: Number(values.port), host: values.host, base: values.base });
	console.log(`Serving ${values.dir}/ at http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${values.port}/ (Ctrl+C to stop)`);
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
