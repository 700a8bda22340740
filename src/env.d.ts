declare namespace App {
	interface Locals {
		/** The edition of the page being rendered (from Astro's i18n config and the URL). */
		lang: import('./i18n/langs').Lang;
		/** That edition's interface strings. */
		ui: import('./i18n/en').UiStrings;
		/** Distribution ids the page's tables show (a doc's `distros` frontmatter); all when unset. */
		distros?: string[];
	}
}

/** A module built as a chunk of its own, to load on first use: see src/integrations/lazy-modules.ts. */
declare module '*?lazy' {
	const url: string;
	export default url;
}
