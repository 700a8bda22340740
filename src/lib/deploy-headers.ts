// The HTTP headers a static host should send for each built file, as `_headers` rules
// (src/lib/headers-file.ts). src/integrations/deploy-headers.ts writes them to dist/_headers.
import type { HeaderList, HeaderRule } from './headers-file';
import { withBase } from './urls';

/** Sent with every response. */
export const COMMON_HEADERS: HeaderList = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	// Features the site never uses, switched off for it and anything it could embed.
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/** Content-hashed files never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change on the next deploy: caches must ask first. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Files whose name holds a hash of their content: Astro's bundles and Pagefind's index chunks and metadata. */
export function isHashedFile(file: string): boolean {
	return /^_astro\//.test(file) || /^pagefind\/(fragment|index|filter)\//.test(file) || /^pagefind\/[^/]+\.pf_meta$/.test(file);
}

/** The page policy as a header: the same sources plus `frame-ancestors`, which only a header can set. */
export function policyHeader(metaPolicy: string): string {
	const directives = metaPolicy
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	if (directives.some((d) => /^frame-ancestors\s/i.test(d))) throw new Error('the page policy already sets frame-ancestors');
	return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** One built file: its path in dist/ (`compare/index.html`) and, for HTML pages, its meta policy. */
export interface BuiltFile {
	file: string;
	policy?: string;
}

/** The URL path a host serves a dist file at: `compare/index.html` → `/compare/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
	return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** The headers one file needs, besides COMMON_HEADERS. */
export function fileHeaders({ file, policy }: BuiltFile): HeaderList {
	if (isHashedFile(file)) return [['Cache-Control', IMMUTABLE]];
	if (file.endsWith('.html')) {
		if (policy === undefined) throw new Error(`dist/${file} has no Content-Security-Policy meta tag`);
		return [
			['Content-Security-Policy', policyHeader(policy)],
			['Cache-Control', REVALIDATE],
		];
	}
	return [['Cache-Control', REVALIDATE]];
}

interface Folder {
	files: BuiltFile[];
	folders: Map<string, Folder>;
}

const sameHeaders = (a: HeaderList, b: HeaderList) => JSON.stringify(a) === JSON.stringify(b);

/**
 * All rules for a build: `/*` with COMMON_HEADERS, then per-file headers, written as few rules as is exact.
 * A folder whose files all need the same headers becomes one `/<folder>/*` rule (pages of a section share
 * one policy, and `_astro/` is all hashed); otherwise each file gets its own path and subfolders are tried
 * in turn. So no two rules that match one path set the same header, and each page keeps its own policy.
 */
export function headerRules(files: readonly BuiltFile[], base = '/'): HeaderRule[] {
	const root: Folder = { files: [], folders: new Map() };
	for (const f of files) {
		const parts = f.file.split('/');
		let folder = root;
		for (const part of parts.slice(0, -1)) {
			if (!folder.folders.has(part)) folder.folders.set(part, { files: [], folders: new Map() });
			folder = folder.folders.get(part)!;
		}
		folder.files.push(f);
	}
	const everything = (folder: Folder): BuiltFile[] => [...folder.files, ...[...folder.folders.values()].flatMap(everything)];
	const rules: HeaderRule[] = [];
	const visit = (folder: Folder, prefix: string, isRoot: boolean) => {
		const all = everything(folder).map(fileHeaders);
		if (!isRoot && all.length > 0 && all.every((h) => sameHeaders(h, all[0]!))) {
			rules.push({ path: withBase(base, `/${prefix}*`), headers: all[0]! });
			return;
		}
		for (const f of [...folder.files].sort((a, b) => a.file.localeCompare(b.file))) rules.push({ path: withBase(base, urlPathOf(f.file)), headers: fileHeaders(f) });
		for (const [name, sub] of [...folder.folders].sort(([a], [b]) => a.localeCompare(b))) visit(sub, `${prefix}${name}/`, false);
	};
	visit(root, '', true);
	return [{ path: withBase(base, '/*'), headers: COMMON_HEADERS }, ...rules];
}
