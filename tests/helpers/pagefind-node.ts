// Loads the built Pagefind search API in Node: `pagefind.js` fetches its index with
// `fetch`, which cannot read files, so bundle URLs are mapped to files in dist/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search/engine';
import type { SearchEntry } from '../../src/lib/search/entries';

import { DIST } from './dist-files';

let installed = false;
function installFetchShim() {
	if (installed) return;
	installed = true;
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const at = url.indexOf('/pagefind/');
		if (url.startsWith('file:') || at >= 0) {
			const path = url.startsWith('file:') ? new URL(url).pathname : join(DIST, url.slice(at).split('?')[0]!);
			const body = await readFile(path);
			return new Response(body, { status: 200 });
		}
		return realFetch(input, init);
	}) as typeof fetch;
}

export interface LoadedPagefind extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
}

/** Imports dist/pagefind/pagefind.js for the given page language ('' for the default index). */
export async function loadPagefind(language = ''): Promise<LoadedPagefind> {
	installFetchShim();
	if (language) {
		(globalThis as Record<string, unknown>).document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
	}
	const url = `${pathToFileURL(join(DIST, 'pagefind/pagefind.js')).href}?lang=${language || 'default'}`;
	const pagefind = (await import(/* @vite-ignore */ url)) as LoadedPagefind;
	await pagefind.options({ basePath: '/pagefind/', baseUrl: '/' });
	await pagefind.init();
	return pagefind;
}

export async function loadRowIndex(path = 'search-rows.json'): Promise<SearchEntry[]> {
	return JSON.parse(await readFile(join(DIST, path), 'utf8')) as SearchEntry[];
}
