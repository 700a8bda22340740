import type { APIRoute } from 'astro';
import { getAllRows, getDistros } from '../../data/content';
import { exportRows } from '../../lib/export';
import { SITE } from '../../site.config';

/** Every comparison, path and network row with values, notes and sources. */
export const GET: APIRoute = async () => {
	const rows = (await getAllRows()).filter((r) => r.page !== 'commands');
	return new Response(JSON.stringify(exportRows(rows, await getDistros(), SITE.url), null, 1), { headers: { 'Content-Type': 'application/json' } });
};
