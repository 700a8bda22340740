import type { APIRoute } from 'astro';
import { getAllRows, getDistros, getDocs, getRequirements } from '../../data/content';
import { buildRequirementIndex, buildRowIndex } from '../../lib/search-rows';
import { langParams } from '../../i18n/routes';
import type { Lang } from '../../i18n/langs';

export const getStaticPaths = langParams;

/** Row labels and values of one edition for the search UI (ranking and "matched value" display). */
export const GET: APIRoute = async ({ props }) => {
	const lang = (props as { lang: Lang }).lang;
	const docs = await getDocs(lang);
	const title = (id: string) => docs.find((d) => d.id === id)?.data.navTitle ?? id;
	const distros = await getDistros();
	const index = [
		...buildRowIndex(await getAllRows(lang), distros, { compare: title('compare'), paths: title('paths'), commands: title('commands') }, lang),
		...buildRequirementIndex(await getRequirements(lang), distros, title('choose'), lang),
	];
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
