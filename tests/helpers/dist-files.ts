// The built site on disk (dist/), for the checks in tests/build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './content';

export const DIST = join(ROOT, 'dist');

/** Every built HTML file, relative to dist/ with forward slashes (`index.html`, `paths/index.html`), excluding Pagefind's UI. */
export function distHtmlFiles(): string[] {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no index.html: run `astro build` first');
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (full !== join(DIST, 'pagefind')) walk(full);
			} else if (name.endsWith('.html')) {
				out.push(relative(DIST, full).split('\\').join('/'));
			}
		}
	};
	walk(DIST);
	return out.sort();
}

/** Site path of a dist file: `paths/index.html` → `/paths/`, `404.html` → `/404.html`. */
export function sitePath(file: string): string {
	return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** Every built page as dist-relative file → HTML. */
export function readDist(): Map<string, string> {
	return new Map(distHtmlFiles().map((f) => [f, readFileSync(join(DIST, f), 'utf8')]));
}

/** Every built page with its site path, file and HTML. */
export function builtHtmlPages(): { path: string; file: string; html: string }[] {
	return distHtmlFiles().map((f) => ({ path: sitePath(f), file: join(DIST, f), html: readFileSync(join(DIST, f), 'utf8') }));
}
