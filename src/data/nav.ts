/** The site navigation of an edition: the pages with a `nav` position, and the components index before the essay. */
import { getDocs } from './content';
import { docPath } from '../lib/urls';
import { localizePath, type Lang } from '../i18n/langs';
import { t } from '../i18n';

export interface NavLink {
	/** Site path without base, in the edition (`/zh/compare/`). */
	path: string;
	label: string;
}

export async function navLinks(lang: Lang): Promise<NavLink[]> {
	const nav = (await getDocs(lang))
		.filter((d) => d.data.nav !== undefined)
		.sort((a, b) => a.data.nav! - b.data.nav!)
		.map((d) => ({ path: localizePath(docPath(d.id), lang), label: d.data.navTitle ?? d.data.title }));
	const essayAt = nav.findIndex((n) => n.path.endsWith('/why-distributions/'));
	nav.splice(essayAt === -1 ? nav.length : essayAt, 0, { path: localizePath('/components/', lang), label: t(lang).componentsTitle });
	return nav;
}
