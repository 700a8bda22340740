import { DEFAULT_LANG, PUBLISHED_LANGS, type Lang } from './langs';

/** The `[...lang]` route parameter of an edition: none for English, `zh` for Chinese. */
function langParam(lang: Lang): string | undefined {
	return lang === DEFAULT_LANG ? undefined : lang;
}

type Params = Record<string, string | undefined>;
type Entry<P extends Params, Props> = { params: P; props?: Props };

/**
 * `getStaticPaths` of a page under `src/pages/[...lang]/`: the entries of every published edition,
 * each with its edition's `lang` parameter. `entries` gives one edition's own parameters and props
 * (one page with none by default). Pages read their edition from `Astro.locals.lang` (src/middleware.ts),
 * which Astro's i18n routing derives from the address and from any parameter equal to a locale's path
 * or code, so no other parameter may be `en`, `zh` or `zh-CN` (tests/build/editions.test.ts checks every page).
 */
export async function editionPaths<P extends Params = Record<never, never>, Props = undefined>(
	entries: (lang: Lang) => Entry<P, Props>[] | Promise<Entry<P, Props>[]> = () => [{ params: {} as P }],
): Promise<{ params: P & { lang: string | undefined }; props?: Props }[]> {
	const paths = [];
	for (const lang of PUBLISHED_LANGS) {
		for (const { params, props } of await entries(lang)) paths.push({ params: { ...params, lang: langParam(lang) }, props });
	}
	return paths;
}
