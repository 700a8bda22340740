import type { APIRoute } from 'astro';
import { getAllGroups, getAllRows, getComponents, getDistros, getDocs, getPairPages, getRequirements } from '../../data/content';
import { columnEntries, groupEntries, noteEntries, pairEntries, requirementEntries, rowEntries } from '../../lib/search-rows';
import { joinList } from '../../lib/format';
import { editionPaths } from '../../i18n/routes';

export const getStaticPaths = () => editionPaths();

/** The search entries of one edition (rows, table sections, component notes, requirements, pair pages, Compare with three or more columns), loaded by the search dialog on first use. */
export const GET: APIRoute = async ({ locals }) => {
	const { lang, ui } = locals;
	const docs = await getDocs(lang);
	const title = (id: string) => docs.find((d) => d.id === id)?.data.navTitle ?? id;
	const pageTitles = { compare: title('compare'), paths: title('paths'), commands: title('commands') };
	const notes = (await getComponents(lang)).map((c) => ({ id: c.id, title: c.data.title, aliases: c.data.aliases }));
	const groups = await getAllGroups(lang);
	const entries = [
		...rowEntries(await getAllRows(lang), await getDistros(), pageTitles, lang, groups),
		...groupEntries(groups, pageTitles, lang),
		...noteEntries(notes, ui.componentsTitle, lang),
		...requirementEntries(await getRequirements(lang), title('choose'), lang),
		...pairEntries(await getPairPages(lang), title('compare'), lang),
		...columnEntries(await getDistros(), (names) => ui.compareColumns(joinList(names, lang)), title('compare'), lang),
	];
	return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
