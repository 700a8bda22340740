import { DEFAULT_LANG, PUBLISHED_LANGS, type Lang } from './langs';

/** `getStaticPaths` entries for a `[...lang]` route: `undefined` for English, `zh` for Chinese. */
export function langParams(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
	return PUBLISHED_LANGS.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));
}
