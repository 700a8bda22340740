import type { APIRoute } from 'astro';
import { getAllRows, getDistros, getDocs } from '../../data/content';
import { buildRowIndex } from '../../lib/search-rows';
import { langParams } from '../../i18n/routes';
import type { Lang } from '../../i18n/langs';

export const getStaticPaths = langParams;

/** Row labels and values of one edition for the search UI (ranking and "matched value" display). */
export const GET: APIRoute = async ({ props }) => {
	const lang = (props as { lang: Lang }).lang;
	const docs = await getDocs(lang);
	const title = (id: string) => docs.find((d) => d.id === id)?.data.navTitle ?? id;
	const index = buildRowIndex(await getAllRows(lang), await getDistros(), { compare: title('compare'), paths: title('paths'), commands: title('commands') }, lang);
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
