import type { APIRoute } from 'astro';
import { getAllRows, getDistros, getDocs } from '../data/content';
import { buildRowIndex } from '../lib/search-rows';

/** Row labels and values for the search UI (ranking and "matched value" display). */
export const GET: APIRoute = async () => {
	const docs = await getDocs();
	const title = (id: string) => docs.find((d) => d.id === id)?.data.navTitle ?? id;
	const index = buildRowIndex(await getAllRows(), await getDistros(), { compare: title('compare'), paths: title('paths'), commands: title('commands') });
	return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
