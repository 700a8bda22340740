// The built site, read from dist/ for checks over the HTML.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every built HTML page (not the search index) as its site path and HTML. */
export function builtHtmlPages(): { path: string; file: string; html: string }[] {
	const out: { path: string; file: string; html: string }[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(full);
			} else if (name.endsWith('.html')) {
				const rel = `/${relative(DIST, full)}`;
				out.push({ path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file: full, html: readFileSync(full, 'utf8') });
			}
		}
	};
	walk(DIST);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}
