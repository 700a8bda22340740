/** Editions of the site. English is at the root; every other language under `/<lang>/`. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
/** Editions built and linked. An edition is published once its translation is complete. */
export const PUBLISHED_LANGS: readonly Lang[] = LANGS;
export const DEFAULT_LANG: Lang = 'en';

/** Per edition: the `<html lang>`, the Open Graph locale, Pagefind's index language and the URL prefix. */
export const LANG_META: Record<Lang, { htmlLang: string; ogLocale: string; name: string; prefix: string }> = {
	en: { htmlLang: 'en', ogLocale: 'en_US', name: 'English', prefix: '' },
	zh: { htmlLang: 'zh-CN', ogLocale: 'zh_CN', name: '简体中文', prefix: '/zh' },
};

/** The edition of an Astro locale (`Astro.currentLocale`: `en`, `zh`, `zh-CN`); the default edition when there is none. */
export function langOfLocale(locale: string | undefined): Lang {
	const base = locale?.toLowerCase().split('-')[0];
	return isLang(base) ? base : DEFAULT_LANG;
}

/**
 * The editions as Astro's `i18n.locales` (astro.config.mjs): the one list of locales.
 * The default edition is at the root; others under their prefix, matched by their BCP 47 codes.
 */
export const ASTRO_LOCALES: (Lang | { path: Lang; codes: [string, ...string[]] })[] = LANGS.map((lang) =>
	lang === DEFAULT_LANG ? lang : { path: lang, codes: [LANG_META[lang].htmlLang, lang] },
);

/** The editions for @astrojs/sitemap: URL prefix (the default edition by its id) → hreflang. */
export const SITEMAP_LOCALES: Record<string, string> = Object.fromEntries(LANGS.map((lang) => [lang, LANG_META[lang].htmlLang]));

export function isLang(value: string | undefined): value is Lang {
	return (LANGS as readonly string[]).includes(value ?? '');
}

/** The edition of a site path (without base): `/zh/paths/` → `zh`, `/paths/` → `en`. */
export function langOfPath(path: string): Lang {
	const first = path.split('/')[1];
	return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** A site path without its language prefix: `/zh/paths/` → `/paths/`. */
export function stripLang(path: string): string {
	const lang = langOfPath(path);
	return lang === DEFAULT_LANG ? path : path.slice(LANG_META[lang].prefix.length) || '/';
}

/** A language-neutral site path in an edition: (`/paths/`, `zh`) → `/zh/paths/`. */
export function localizePath(path: string, lang: Lang): string {
	return `${LANG_META[lang].prefix}${stripLang(path)}`;
}
