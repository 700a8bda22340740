import { langOfPath, type Lang } from './langs';

/** The site path of a URL without the deploy base: `/docs/zh/paths/` → `/zh/paths/`. */
export function sitePath(pathname: string, base: string = import.meta.env.BASE_URL): string {
	const prefix = base.replace(/\/$/, '');
	return prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
}

/** The edition a page belongs to, from its URL. */
export function currentLang(url: URL): Lang {
	return langOfPath(sitePath(url.pathname));
}
