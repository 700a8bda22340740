import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleFileName, joinStylesheets, replaceRuns, stylesheetRuns } from '../lib/stylesheet-bundles';

/**
 * At the end of `astro build`, each page's consecutive links to Astro's stylesheets become one link to a
 * file that joins them (src/lib/stylesheet-bundles.ts): one render-blocking request instead of up to a
 * dozen. A page still loads only the CSS of what it renders. Runs before deployHeaders, which sets the
 * caching of the files this writes. Files no page or script links any more are removed.
 */
export function stylesheetBundles(): AstroIntegration {
	// Astro writes its files to dist/<build.assets>/ and links them under the site's base.
	let assetsFolder = '_astro';
	let assets = '/_astro/';
	return {
		name: 'k0s-vs-k3s:stylesheet-bundles',
		hooks: {
			'astro:config:done': ({ config }) => {
				assetsFolder = config.build.assets;
				assets = `${config.base.replace(/\/?$/, '/')}${assetsFolder}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const assetsDir = join(outDir, assetsFolder);
				const fileOf = (href: string) => join(assetsDir, href.slice(assets.length));
				const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
				const joined = new Set<string>();
				// Pages that link the same files share a bundle: each list of files is read and written once.
				const bundles = new Map<string, string>();
				let pages = 0;
				for (const file of files.filter((f) => f.endsWith('.html'))) {
					const html = readFileSync(file, 'utf8');
					const runs = stylesheetRuns(html, (href) => href.startsWith(assets) && href.endsWith('.css'));
					if (runs.length === 0) continue;
					const out = replaceRuns(html, runs, ({ hrefs }) => {
						const key = hrefs.join(' ');
						if (!bundles.has(key)) {
							const css = joinStylesheets(hrefs.map((href) => ({ href, css: readFileSync(fileOf(href), 'utf8') })));
							const name = bundleFileName(css);
							writeFileSync(join(assetsDir, name), css);
							hrefs.forEach((href) => joined.add(href));
							bundles.set(key, name);
						}
						return `${assets}${bundles.get(key)}`;
					});
					writeFileSync(file, out);
					pages++;
				}
				// A joined file may still be loaded on its own: the search results' styles come with the search code.
				const linkers = files.filter((f) => f.endsWith('.html') || f.endsWith('.js')).map((f) => readFileSync(f, 'utf8'));
				const unused = [...joined].filter((href) => !linkers.some((text) => text.includes(basename(href))));
				for (const href of unused) rmSync(fileOf(href));
				logger.info(`Joined the stylesheets of ${pages} pages into ${bundles.size} files; removed ${unused.length} no page or script links alone.`);
			},
		},
	};
}
