import type { APIRoute } from 'astro';
import { getAllRows, getDistros } from '../../data/content';
import { rowsToCsv } from '../../lib/export';

/** The comparison, paths and network rows as CSV (spreadsheets, diffs). */
export const GET: APIRoute = async () => {
	const rows = (await getAllRows()).filter((r) => r.page !== 'commands');
	return new Response(rowsToCsv(rows, await getDistros()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
