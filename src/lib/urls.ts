import { COLUMNS_PARAM } from './columns';

/** The route of each page that can hold tables. */
const PAGE_PATHS = {
	compare: '/compare/',
	paths: '/paths/',
	commands: '/commands/',
} as const;

export type TablePage = keyof typeof PAGE_PATHS;

/** Joins the deploy base (`/` or `/sub/`) and a site path that starts with `/`. */
export function withBase(base: string, path: string): string {
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Site path (no base) of a table page. */
export function pagePath(page: TablePage): string {
	return PAGE_PATHS[page];
}

/** Site path (no base) of a row: `/<page>/#<row-id>`. */
export function rowPath(row: { page: TablePage; id: string }): string {
	return `${pagePath(row.page)}#${row.id}`;
}

/** Site path of the page comparing two distributions: ids in alphabetical order, `/k0s-vs-k3s/`. */
export function pairPath(a: string, b: string): string {
	const [first, second] = [a, b].sort();
	return `/${first}-vs-${second}/`;
}

/** Site path of the Compare page showing these columns (ids in column order): `/compare/?d=k0s,k3s,rke2`. */
export function columnsPath(ids: readonly string[]): string {
	return `${pagePath('compare')}?${COLUMNS_PARAM}=${ids.join(',')}`;
}

/** Site path of a component note. */
export function componentPath(id: string): string {
	return `/components/${id}/`;
}

/** Site path of a docs page from its collection id (`index` is the home page). */
export function docPath(id: string): string {
	return id === 'index' ? '/' : `/${id}/`;
}

/** Absolute URL for canonical tags and copied links. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
	return new URL(withBase(base, path), siteUrl).href;
}

/** The repository page showing a file; `#L<line>` after it opens one line (a row's own line in its YAML file). */
export function blobUrl(repo: string, branch: string, file: string): string {
	return `${repo.replace(/\/$/, '')}/blob/${branch}/${file}`;
}

/** A source's full name for assistive technology: host, then repository and file ("github.com k0sproject/k0s: cfgvars.go"). */
export function sourceName(url: string): string {
	const host = new URL(url).hostname.replace(/^www\./, '');
	const label = sourceLabel(url);
	return label.startsWith(host) ? label : `${host} ${label}`;
}

/** Short, readable label for a source link: host plus the last path segments. */
export function sourceLabel(url: string): string {
	const { hostname, pathname } = new URL(url);
	const host = hostname.replace(/^www\./, '');
	const parts = pathname.split('/').filter(Boolean);
	if (host === 'github.com' && parts.length >= 4 && (parts[2] === 'issues' || parts[2] === 'pull')) {
		return `${parts[0]}/${parts[1]}#${parts[3]}`;
	}
	if (host === 'github.com' && parts[2] === 'commit' && parts[3]) {
		return `${parts[0]}/${parts[1]}@${parts[3].slice(0, 10)}`;
	}
	if (host === 'github.com' && parts.length >= 2) {
		const [owner, repo, , , ...rest] = parts;
		const file = rest.length ? rest[rest.length - 1] : undefined;
		return file ? `${owner}/${repo}: ${file}` : `${owner}/${repo}`;
	}
	const last = parts[parts.length - 1];
	return last ? `${host}: ${last}` : host;
}
