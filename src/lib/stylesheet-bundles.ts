// One request for a page's stylesheets: Astro emits a small CSS file per component and links each one, and
// every link in <head> blocks the first paint until it arrives. After the build, each run of consecutive
// links is joined, in its order, into one file named by its content, so pages that link the same files share
// it (and the cache). Read with a real HTML parser (hast); the HTML around the links is kept byte for byte.
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Consecutive stylesheet links: their hrefs in order, and where the run starts and ends in the HTML. */
export interface LinkRun {
	hrefs: string[];
	start: number;
	end: number;
}

/** A stylesheet link that may be joined: rel and href only (a `media` or `disabled` one applies differently). */
function joinableHref(link: Element, joinable: (href: string) => boolean): string | undefined {
	const href = link.properties.href;
	const onlyRelAndHref = Object.keys(link.properties).every((name) => name === 'rel' || name === 'href');
	return typeof href === 'string' && onlyRelAndHref && joinable(href) ? href : undefined;
}

/** Runs of two or more joinable stylesheet links in <head> with nothing but white space between them. */
export function stylesheetRuns(html: string, joinable: (href: string) => boolean): LinkRun[] {
	const runs: LinkRun[] = [];
	let current: LinkRun | undefined;
	for (const link of selectAll('head link[rel~="stylesheet"]', fromHtml(html))) {
		const href = joinableHref(link, joinable);
		const start = link.position?.start.offset;
		const end = link.position?.end.offset;
		if (href === undefined || start === undefined || end === undefined) {
			current = undefined;
			continue;
		}
		if (current && html.slice(current.end, start).trim() === '') {
			current.hrefs.push(href);
			current.end = end;
		} else {
			current = { hrefs: [href], start, end };
			runs.push(current);
		}
	}
	return runs.filter((run) => run.hrefs.length > 1);
}

/** A stylesheet's address and text. */
export interface StylesheetPart {
	href: string;
	css: string;
}

/** The joined file: each part in order, under a comment naming the file it came from (splitStylesheets reads them back). */
export function joinStylesheets(parts: StylesheetPart[]): string {
	// Both are valid only at the top of a stylesheet (Vite inlines imports, so Astro's files have neither).
	const misplaced = parts.find(({ css }) => /@(import|charset)\b/i.test(css));
	if (misplaced) throw new Error(`${misplaced.href}: has @import or @charset, which cannot move into the middle of a joined stylesheet`);
	return parts.map(({ href, css }) => `/*! ${href} */\n${css.trim()}\n`).join('');
}

const PART_HEADER = /^\/\*! (\S+) \*\/\n/gm;

/** The parts of a joined file; a file that is not one is a single part under `href`. */
export function splitStylesheets(href: string, css: string): StylesheetPart[] {
	const headers = [...css.matchAll(PART_HEADER)];
	if (headers.length === 0 || headers[0]!.index !== 0) return [{ href, css }];
	return headers.map((h, i) => ({ href: h[1]!, css: css.slice(h.index + h[0].length, headers[i + 1]?.index ?? css.length).trim() }));
}

/** Content-addressed, as Astro names its own files, so a changed bundle is a new address (they are cached immutably). */
export function bundleFileName(css: string): string {
	return `bundle.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
}

/** The page with each run replaced by one link to the href `hrefOf` gives it. */
export function replaceRuns(html: string, runs: LinkRun[], hrefOf: (run: LinkRun) => string): string {
	let out = html;
	for (const run of [...runs].sort((a, b) => b.start - a.start)) {
		out = `${out.slice(0, run.start)}<link rel="stylesheet" href="${hrefOf(run)}">${out.slice(run.end)}`;
	}
	return out;
}
