// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { edition404Pages } from './src/integrations/edition-404.ts';
import { devSearchIndex } from './src/integrations/dev-search.ts';
import { externalLinks } from './src/integrations/external-links.ts';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { stylesheetBundles } from './src/integrations/stylesheet-bundles.ts';
import { lazyModules } from './src/integrations/lazy-modules.ts';
import { CODE_THEMES, styleToClasses } from './src/lib/shiki-classes.ts';
import { SITE } from './src/site.config.ts';
import { getRedirects } from './src/data/redirects.ts';
import { ASTRO_LOCALES, DEFAULT_LANG, SITEMAP_LOCALES } from './src/i18n/langs.ts';

// Renamed pages become real pages at the old address that forward to the new one.
const pageRedirects = Object.fromEntries(getRedirects().pages.map((r) => [r.from, r.to]));
// The before-paint script (theme, picked columns) is inlined in <head>: no request before first paint. Astro does not hash set:html scripts, so its hash is added here.
const beforePaint = readFileSync(new URL('./src/scripts/before-paint.js', import.meta.url), 'utf8');
const beforePaintHash = `sha256-${createHash('sha256').update(beforePaint).digest('base64')}`;

export default defineConfig({
	site: SITE.url,
	base: SITE.base,
	trailingSlash: 'always',
	redirects: pageRedirects,
	// Stylesheets stay files (cached across pages) rather than inlined into every page's HTML;
	// stylesheetBundles joins each page's links into one request after the build.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// English at the root, Chinese under /zh/: the editions are declared once, in src/i18n/langs.ts.
	// src/middleware.ts turns Astro.currentLocale into Astro.locals.lang and .ui for every page.
	i18n: {
		locales: ASTRO_LOCALES,
		// Astro infers the allowed default from a literal locales array; ours is computed, so name the type.
		defaultLocale: /** @type {never} */ (DEFAULT_LANG),
		routing: { prefixDefaultLocale: false },
	},
	// deployHeaders runs after pagefindIndex and stylesheetBundles, so dist/_headers covers the files they write.
	integrations: [
		mdx(),
		edition404Pages(),
		// Every page of both editions with its hreflang alternates; not the 404 pages or forwarding pages.
		sitemap({
			i18n: { defaultLocale: DEFAULT_LANG, locales: SITEMAP_LOCALES },
			filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) && !Object.keys(pageRedirects).some((from) => new URL(page).pathname.endsWith(from)),
		}),
		pagefindIndex(),
		stylesheetBundles(),
		deployHeaders(),
		devSearchIndex(),
	],
	markdown: {
		processor: satteri({ hastPlugins: [externalLinks] }),
		shikiConfig: { themes: CODE_THEMES, defaultColor: false, transformers: [styleToClasses()] },
	},
	vite: { plugins: [tailwindcss(), lazyModules()] },
	// Hashes of every script and style Astro emits go into a CSP <meta>; no 'unsafe-inline' anywhere.
	// Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' (not 'unsafe-eval'); it runs on the page
	// (noWorker in src/scripts/search-ui.ts), so no worker may start.
	// Astro still warns that Shiki needs inline styles: ours become classes (src/lib/shiki-classes.ts),
	// and tests/build/csp.test.ts checks that no page has a style attribute.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'none'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [/** @type {`sha256-${string}`} */ (beforePaintHash)] },
		},
	},
});
