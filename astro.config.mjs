// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { devSearchIndex } from './src/integrations/dev-search.ts';
import { CODE_THEMES, styleToClasses } from './src/lib/shiki-classes.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
	site: SITE.url,
	base: SITE.base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), pagefindIndex(), devSearchIndex()],
	markdown: {
		shikiConfig: { themes: CODE_THEMES, defaultColor: false, transformers: [styleToClasses()] },
	},
	vite: { plugins: [tailwindcss()] },
});
