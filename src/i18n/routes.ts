import { DEFAULT_LANG, PUBLISHED_LANGS, type Lang } from './langs';

/** The `[...lang]` route parameter of an edition: none for English, `zh` for Chinese. */
export function langParam(lang: Lang): string | undefined {
	return lang === DEFAULT_LANG ? undefined : lang;
}

/** `getStaticPaths` entries for a `[...lang]` route: `undefined` for English, `zh` for Chinese. */
export function langParams(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
	return PUBLISHED_LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}
