import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, type BuiltFile } from '../lib/deploy-headers';
import { formatHeadersFile } from '../lib/headers-file';
import { pageSecurity } from '../lib/page-security';

/** Cloudflare Pages reads at most this many rules from `_headers`. */
const CLOUDFLARE_RULE_LIMIT = 100;

/**
 * Writes dist/_headers at the end of `astro build` (after the search index, so its files are covered):
 * each page's meta Content-Security-Policy as a header with frame-ancestors, the security headers,
 * and caching (immutable for hashed files, revalidation for the rest). scripts/serve.mjs sends the same.
 */
export function deployHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'k0s-vs-k3s:deploy-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files: BuiltFile[] = readdirSync(outDir, { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile() && entry.name !== '_headers')
					.map((entry) => {
						const file = relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/');
						return file.endsWith('.html') ? { file, policy: pageSecurity(readFileSync(join(outDir, file), 'utf8')).policy } : { file };
					});
				const rules = headerRules(files, base);
				if (rules.length > CLOUDFLARE_RULE_LIMIT) logger.warn(`_headers has ${rules.length} rules; Cloudflare Pages reads only the first ${CLOUDFLARE_RULE_LIMIT}.`);
				const comment = 'Written by `astro build` (src/integrations/deploy-headers.ts) for hosts that read _headers (Netlify, Cloudflare Pages).\nEach page policy equals the page\'s <meta> Content-Security-Policy plus frame-ancestors.';
				writeFileSync(join(outDir, '_headers'), formatHeadersFile(rules, comment));
				logger.info(`Wrote _headers: ${rules.length} rules for ${files.length} files.`);
			},
		},
	};
}
