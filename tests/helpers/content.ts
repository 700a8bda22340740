// Reads the real content from disk for content tests, without Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parseDistros, parseTables } from '../../src/lib/tables';
import { parseRequirements } from '../../src/lib/requirements';
import { getRedirects } from '../../src/data/redirects';
import { DEFAULT_LANG, LANG_META, PUBLISHED_LANGS } from '../../src/i18n/langs';
import { componentPath, docPath, pairPath } from '../../src/lib/urls';
import { allPairs } from '../../src/lib/pairs';

export const ROOT = new URL('../../', import.meta.url).pathname;

export function loadContent() {
	const distros = parseDistros({ path: 'content/data/distros.yaml', text: readFileSync(join(ROOT, 'content/data/distros.yaml'), 'utf8') });
	const dir = join(ROOT, 'content/data/tables');
	const files = readdirSync(dir)
		.filter((n) => n.endsWith('.yaml'))
		.sort()
		.map((n) => ({ path: `content/data/tables/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
	return { distros, ...parseTables(files, distros) };
}

/** MDX files of a content folder with their frontmatter and body. */
export function loadMdx(folder: 'components' | 'docs') {
	const dir = join(ROOT, 'content', folder);
	return readdirSync(dir)
		.filter((n) => n.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
			if (!match) throw new Error(`content/${folder}/${name}: no frontmatter`);
			return { id: name.replace(/\.mdx$/, ''), file: `content/${folder}/${name}`, data: load(match[1]!) as Record<string, unknown>, body: match[2]! };
		});
}

/** The chooser's requirements, checked against the real distributions and rows, in every edition. */
export function loadRequirements() {
	const { distros, rows } = loadContent();
	const read = (path: string) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') });
	const english = parseRequirements(read('content/data/requirements.yaml'), distros.map((d) => d.id), new Set(rows.map((r) => r.id)));
	return { distros, rows, english, read };
}

/** Site path of every page the content declares, in every published edition: docs, the component index and notes, pair pages, redirects, each edition's 404 page. */
export function contentPagePaths(): string[] {
	const pairs = allPairs(loadContent().distros).map((p) => pairPath(p.a.id, p.b.id));
	const perEdition = ['/components/', ...loadMdx('docs').map((d) => docPath(d.id)), ...loadMdx('components').map((c) => componentPath(c.id)), ...pairs];
	return [
		...PUBLISHED_LANGS.flatMap((lang) => perEdition.map((path) => `${LANG_META[lang].prefix}${path}`)),
		...getRedirects(ROOT).pages.map((r) => r.from),
		...PUBLISHED_LANGS.map((lang) => `${LANG_META[lang].prefix}/404.html`),
	];
}
