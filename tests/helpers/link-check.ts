// Offline link and anchor checker over built HTML. Pure: give it every page's HTML and the list of files in dist/.
// The HTML is machine-generated (Astro), so a small tag/attribute scanner is enough; script, style and comment
// bodies are blanked out first so their text is never mistaken for markup.

export interface Tag {
	name: string;
	attrs: Map<string, string>;
	/** 1-based line of the tag in the page. */
	line: number;
}

export interface LinkCheckInput {
	/** dist-relative HTML file (`index.html`, `paths/index.html`, `404.html`) → its HTML. */
	pages: Map<string, string>;
	/** Every dist-relative file (HTML and assets), for links to assets. */
	files: Set<string>;
	/** The configured site origin (canonical and Open Graph URLs), e.g. `https://k0s-vs-k3s.pages.dev`. */
	siteOrigin: string;
	/** Path prefix the site is served under (`/` by default). */
	base?: string;
}

export interface ExternalLink {
	page: string;
	line: number;
	tag: string;
	url: string;
}

export interface LinkCheckResult {
	/** Internal links to a missing file or a missing `#fragment`. */
	broken: string[];
	/** Bad external URLs, links missing rel="noopener", inline event handlers, unsafe schemes. */
	problems: string[];
	/** Every external URL found, for listing. */
	external: ExternalLink[];
	/** How many internal links were resolved (so a test can tell the checker saw something). */
	internalCount: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
	return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[body.toLowerCase()] ?? whole;
	});
}

/** Replaces the bodies of <script>, <style>, <textarea> and comments with spaces (keeping newlines, so lines still count). */
function blankRawText(html: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	return html
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/(<(script|style|textarea)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi, (_m, open: string, _n, body: string, close: string) => open + blank(body) + close);
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag with its (entity-decoded) attributes. Attribute names are lower-cased. */
export function scanTags(html: string): Tag[] {
	const text = blankRawText(html);
	const tags: Tag[] = [];
	let line = 1;
	let last = 0;
	for (const m of text.matchAll(TAG)) {
		for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
		last = m.index;
		const attrs = new Map<string, string>();
		for (const a of (m[2] ?? '').matchAll(ATTR)) {
			const name = a[1]!.toLowerCase();
			if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
		}
		tags.push({ name: m[1]!.toLowerCase(), attrs, line });
	}
	return tags;
}

/** Every `id` on the page, with how often it occurs. */
export function collectIds(html: string): Map<string, number> {
	const ids = new Map<string, number>();
	for (const tag of scanTags(html)) {
		const id = tag.attrs.get('id');
		if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
	}
	return ids;
}

/** `paths/index.html` → `/paths/`, `404.html` → `/404.html`, `index.html` → `/`. */
export function pageUrlPath(file: string): string {
	if (file === 'index.html') return '/';
	return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

const URL_ATTRS: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	audio: ['src'],
	video: ['src', 'poster'],
	track: ['src'],
	embed: ['src'],
	object: ['data'],
	form: ['action'],
	button: ['formaction'],
	input: ['formaction', 'src'],
	use: ['href', 'xlink:href'],
	image: ['href', 'xlink:href'],
	blockquote: ['cite'],
	q: ['cite'],
	ins: ['cite'],
	del: ['cite'],
};

/** Meta tags whose content is a URL (Open Graph, Twitter cards). */
const META_URL = /^(og:(url|image|image:url|image:secure_url|audio|video)|twitter:image)$/i;

const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|localhost|invalid|test|example|local)$|^(127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i;
const PLACEHOLDER_TEXT = /todo|xxx|fixme|placeholder|changeme/i;

export function checkLinks(input: LinkCheckInput): LinkCheckResult {
	const base = input.base ?? '/';
	const siteOrigin = new URL(input.siteOrigin).origin;
	// Internal links resolve against a private origin so nothing real can collide with them.
	const INTERNAL = 'https://internal.invalid';
	const broken: string[] = [];
	const problems: string[] = [];
	const external: ExternalLink[] = [];
	let internalCount = 0;
	const idCache = new Map<string, Map<string, number>>();
	const idsOf = (file: string) => {
		let ids = idCache.get(file);
		if (!ids) {
			ids = collectIds(input.pages.get(file) ?? '');
			idCache.set(file, ids);
		}
		return ids;
	};

	/** Maps a site pathname to a dist file, or null. */
	const resolveFile = (pathname: string): string | null => {
		let path: string;
		try {
			path = decodeURIComponent(pathname);
		} catch {
			return null;
		}
		if (!path.startsWith(base)) return null;
		const rel = path.slice(base.length);
		const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
		return input.files.has(candidate) || input.pages.has(candidate) ? candidate : null;
	};

	const checkInternal = (page: string, where: string, url: URL) => {
		internalCount++;
		const target = resolveFile(url.pathname);
		if (!target) {
			const hint = !url.pathname.endsWith('/') && resolveFile(`${url.pathname}/`) ? ' (add the trailing slash)' : '';
			broken.push(`${where}: ${url.pathname}${url.hash} → no such file in dist${hint}`);
			return;
		}
		if (url.hash.length > 1) {
			let fragment: string;
			try {
				fragment = decodeURIComponent(url.hash.slice(1));
			} catch {
				broken.push(`${where}: ${url.pathname}${url.hash} → fragment is not valid percent-encoding`);
				return;
			}
			if (!input.pages.has(target)) {
				broken.push(`${where}: ${url.pathname}${url.hash} → fragment on a non-HTML file`);
			} else if (!idsOf(target).has(fragment)) {
				broken.push(`${where}: ${url.pathname}${url.hash} → no id="${fragment}" in dist/${target}`);
			}
		}
	};

	const checkExternal = (page: string, where: string, raw: string, tag: Tag, allowSiteOrigin: boolean) => {
		let url: URL;
		try {
			url = new URL(raw);
		} catch {
			problems.push(`${where}: malformed external URL ${JSON.stringify(raw)}`);
			return;
		}
		external.push({ page, line: tag.line, tag: tag.name, url: raw });
		if (url.protocol !== 'https:') problems.push(`${where}: external URL is not https: ${raw}`);
		const isSite = url.origin === siteOrigin;
		if (isSite && !allowSiteOrigin) problems.push(`${where}: absolute link to the site's own origin, use a root-relative link: ${raw}`);
		if (!isSite && PLACEHOLDER_HOST.test(url.hostname)) problems.push(`${where}: placeholder host ${url.hostname}: ${raw}`);
		if (PLACEHOLDER_TEXT.test(url.hostname) || PLACEHOLDER_TEXT.test(url.pathname)) problems.push(`${where}: placeholder text in URL: ${raw}`);
		if (url.username || url.password) problems.push(`${where}: credentials in URL: ${raw}`);
		if (isSite) {
			// Canonical and Open Graph URLs on the site's origin must point at something that is built.
			const pathname = url.pathname;
			const target = resolveFile(pathname.startsWith(base) ? pathname : `${base}${pathname.replace(/^\//, '')}`);
			if (!target) broken.push(`${where}: ${raw} → no such file in dist`);
		}
	};

	for (const [page, html] of input.pages) {
		const pageUrl = new URL(pageUrlPath(page).replace(/^\//, base), INTERNAL);
		for (const tag of scanTags(html)) {
			const where = `dist/${page}:${tag.line} <${tag.name}>`;
			for (const name of tag.attrs.keys()) {
				if (/^on[a-z]+$/.test(name)) problems.push(`${where}: inline event handler ${name}="${tag.attrs.get(name)}"`);
			}
			const values: { attr: string; value: string }[] = [];
			for (const attr of URL_ATTRS[tag.name] ?? []) {
				const value = tag.attrs.get(attr);
				if (value === undefined) continue;
				if (attr === 'srcset') {
					for (const candidate of value.split(',')) {
						const u = candidate.trim().split(/\s+/)[0];
						if (u) values.push({ attr, value: u });
					}
				} else {
					values.push({ attr, value: value.trim() });
				}
			}
			const metaKey = tag.name === 'meta' ? (tag.attrs.get('property') ?? tag.attrs.get('name') ?? '') : '';
			if (META_URL.test(metaKey)) values.push({ attr: 'content', value: (tag.attrs.get('content') ?? '').trim() });
			const isCanonicalOrOg = (tag.name === 'link' && /\bcanonical\b|\balternate\b/i.test(tag.attrs.get('rel') ?? '')) || META_URL.test(metaKey);

			let external_ = false;
			for (const { attr, value } of values) {
				const at = `${where} ${attr}`;
				if (value === '') {
					problems.push(`${at}: empty URL`);
					continue;
				}
				if (/^(javascript|vbscript|data|file):/i.test(value) && !(tag.name === 'img' && /^data:image\//i.test(value))) {
					problems.push(`${at}: unsafe or local URL scheme: ${value.slice(0, 60)}`);
					continue;
				}
				if (/^(mailto|tel):/i.test(value)) {
					problems.push(`${at}: non-https link ${value} (only https external links are expected on this site)`);
					continue;
				}
				if (value.startsWith('//')) {
					problems.push(`${at}: protocol-relative URL ${value}, write https://`);
					continue;
				}
				if (/^[a-z][a-z\d+.-]*:/i.test(value)) {
					external_ = true;
					checkExternal(page, at, value, tag, isCanonicalOrOg);
					continue;
				}
				let url: URL;
				try {
					url = new URL(value, pageUrl);
				} catch {
					broken.push(`${at}: malformed URL ${JSON.stringify(value)}`);
					continue;
				}
				checkInternal(page, at, url);
			}

			if (tag.name === 'a') {
				const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
				const blank = (tag.attrs.get('target') ?? '').toLowerCase() === '_blank';
				if ((blank || external_) && !rel.includes('noopener')) {
					problems.push(`${where}: ${blank ? 'target="_blank"' : 'external'} link without rel="noopener": ${tag.attrs.get('href') ?? ''}`);
				}
			}
		}
	}
	return { broken, problems, external, internalCount };
}
