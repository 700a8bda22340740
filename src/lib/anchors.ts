import type { Redirects } from '../schemas/redirect';

/** Page path → the anchors published on it. */
export type AnchorMap = Record<string, string[]>;

/** Elements whose ids are public link targets: headings, table rows, component cards. */
const PUBLIC_ID = /<(h[1-4]|tr|li)\b[^>]*\sid="([^"]+)"/g;

/** The public anchors of one built page, in document order, from inside `<main>` only. */
export function publicAnchors(html: string): string[] {
	const start = html.indexOf('<main');
	const end = html.indexOf('</main>');
	const main = start >= 0 && end > start ? html.slice(start, end) : '';
	return [...main.matchAll(PUBLIC_ID)].map((m) => m[2]!);
}

/** Every registered page or anchor that is gone from the build and has no declared redirect. */
export function missingAnchors(registry: AnchorMap, built: AnchorMap, redirects: Redirects): string[] {
	const redirectedPages = new Set(redirects.pages.map((r) => r.from));
	const redirectedAnchors = new Set(redirects.anchors.map((r) => r.from));
	const missing: string[] = [];
	for (const [page, anchors] of Object.entries(registry)) {
		if (!(page in built)) {
			if (!redirectedPages.has(page)) missing.push(page);
			continue;
		}
		const present = new Set(built[page]);
		for (const anchor of anchors) {
			const url = `${page}#${anchor}`;
			if (!present.has(anchor) && !redirectedAnchors.has(url)) missing.push(url);
		}
	}
	return missing;
}

/** Built anchors the registry does not list yet (the registry must be updated with them). */
export function unregisteredAnchors(registry: AnchorMap, built: AnchorMap): string[] {
	return Object.entries(built).flatMap(([page, anchors]) => {
		if (!(page in registry)) return [page];
		const known = new Set(registry[page]);
		return anchors.filter((a) => !known.has(a)).map((a) => `${page}#${a}`);
	});
}

/** Anchor redirects that start on a page, as old id → new URL, for the forwarding script. */
export function anchorRedirectsFrom(page: string, redirects: Redirects): Record<string, string> {
	return Object.fromEntries(
		redirects.anchors.filter((r) => r.from.startsWith(`${page}#`)).map((r) => [r.from.slice(page.length + 1), r.to]),
	);
}
