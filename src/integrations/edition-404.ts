import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANG_META, PUBLISHED_LANGS } from '../i18n/langs';

/**
 * Every edition's 404 page comes from one route, `src/pages/[...lang]/404.astro`, which Astro writes
 * like any page: `404/index.html`, `zh/404/index.html`. Hosts look for `404.html` in a directory,
 * so move each edition's page there.
 */
export function edition404Pages(): AstroIntegration {
	return {
		name: 'k0s-vs-k3s:edition-404',
		hooks: {
			// The dev server answers an unknown address only with a route named `/404`: give it the same page,
			// which takes its edition from the address (`/zh/…` → Chinese). The build has no such route.
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'dev') injectRoute({ pattern: '/404', entrypoint: new URL('../pages/[...lang]/404.astro', import.meta.url) });
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				for (const lang of PUBLISHED_LANGS) {
					const prefix = LANG_META[lang].prefix;
					const built = join(outDir, prefix, '404', 'index.html');
					if (!existsSync(built)) throw new Error(`the ${lang} 404 page was not built (${built} is missing)`);
					renameSync(built, join(outDir, prefix, '404.html'));
					rmdirSync(join(outDir, prefix, '404'));
					logger.info(`${prefix}/404.html`);
				}
			},
		},
	};
}
