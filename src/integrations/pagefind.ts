import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index at the end of `astro build` through the Node API.
 * Any indexing error fails the build; so does an index with no pages.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'k0s-vs-k3s:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors: createErrors } = await pagefind.createIndex({
					// Per-cell metadata (numbered sources, releases, opinion credits) is never search text; one selector here instead of an attribute on every cell.
					excludeSelectors: ['.cell-meta', '.cell-opinion'],
				});
				if (!index || createErrors.length) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
				try {
					const { errors, page_count } = await index.addDirectory({ path: outDir });
					if (errors.length) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
					if (page_count === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing?');
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
					logger.info(`Indexed ${page_count} pages.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
