import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANG_META, PUBLISHED_LANGS } from '../i18n/langs';

/**
 * Astro writes only the root 404 page as `404.html`; an edition's `/zh/404` route comes out as
 * `zh/404/index.html`. Hosts look for `404.html` in a directory, so move each edition's page there.
 */
export function edition404Pages(): AstroIntegration {
	return {
		name: 'k0s-vs-k3s:edition-404',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				for (const lang of PUBLISHED_LANGS) {
					const prefix = LANG_META[lang].prefix;
					if (!prefix) continue;
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
