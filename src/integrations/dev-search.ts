import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

/**
 * In `astro dev`, serves the Pagefind index of the last `astro build` from dist/,
 * so search works while authoring (with yesterday's content). Without a build,
 * the request 404s and the dialog says that search needs `npm run build`.
 */
export function devSearchIndex(): AstroIntegration {
	let outDir = '';
	return {
		name: 'k0s-vs-k3s:dev-search',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:server:setup': ({ server, logger }) => {
				const root = join(outDir, 'pagefind');
				if (!existsSync(root)) logger.warn('No search index in dist/: run `npm run build` once to make search work in dev.');
				server.middlewares.use((req, res, next) => {
					const path = (req.url ?? '').split('?')[0] ?? '';
					const at = path.indexOf('/pagefind/');
					if (at === -1) return next();
					const file = normalize(join(root, path.slice(at + '/pagefind/'.length)));
					if (!file.startsWith(root) || !existsSync(file)) return next();
					res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
					res.end(readFileSync(file));
				});
			},
		},
	};
}
