import type { APIRoute } from 'astro';
import { getDistros } from '../data/content';

/**
 * Hides the columns of distributions the reader did not pick, before first paint: the head script
 * puts the picked ids on `<html data-columns="k0s k3s">`. Only table pages (`[data-picker-scope]`)
 * follow it; pair pages always show their two. One rule per declared distribution.
 */
export const GET: APIRoute = async () => {
	const rules = (await getDistros()).map((d) => `html[data-columns]:not([data-columns~="${d.id}"]) [data-picker-scope] [data-distro="${d.id}"]{display:none}`);
	return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
