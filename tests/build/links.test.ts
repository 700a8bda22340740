// Offline link and anchor check over dist/: internal links and #fragments resolve, external URLs are sane,
// external and target=_blank links carry rel="noopener", and no inline event handlers exist.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config';
import { DIST, readDist, sitePath } from '../helpers/dist-files';
import { contentPagePaths } from '../helpers/content';
import { checkLinks, collectIds, scanTags, type LinkCheckResult } from '../helpers/link-check';

function distFiles(): Set<string> {
	const out = new Set<string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.add(relative(DIST, full).split('\\').join('/'));
		}
	};
	walk(DIST);
	return out;
}

describe('links and anchors in dist/', () => {
	const pages = readDist();
	const result: LinkCheckResult = checkLinks({ pages, files: distFiles(), siteOrigin: SITE.url, base: SITE.base });

	it('sees every page the content declares, in every edition, and a realistic number of internal links', () => {
		const seen = new Set([...pages.keys()].map(sitePath));
		expect(contentPagePaths().filter((path) => !seen.has(path))).toEqual([]);
		expect(result.internalCount).toBeGreaterThan(pages.size * 10);
	});

	it('every internal link resolves to a file in dist/, and every #fragment to an id on its target page', () => {
		expect(result.broken, `${result.broken.length} broken internal links:\n${result.broken.join('\n')}`).toEqual([]);
	});

	it('external URLs are https, well-formed, not placeholders; external and target=_blank links have rel=noopener; no inline handlers', () => {
		const hosts = new Map<string, number>();
		for (const e of result.external) {
			const host = new URL(e.url).host;
			hosts.set(host, (hosts.get(host) ?? 0) + 1);
		}
		const unique = new Set(result.external.map((e) => e.url));
		console.log(
			`External URLs: ${result.external.length} (${unique.size} distinct) on ${hosts.size} hosts:\n` +
				[...hosts].sort((a, b) => b[1] - a[1]).map(([h, n]) => `  ${String(n).padStart(5)}  ${h}`).join('\n'),
		);
		expect(result.external.length).toBeGreaterThan(0);
		expect(result.problems, `${result.problems.length} problems:\n${result.problems.join('\n')}`).toEqual([]);
	});

	it('no inline event handler attributes anywhere in dist HTML (raw scan, independent of the tag scanner)', () => {
		const hits: string[] = [];
		for (const [file, html] of pages) {
			const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
			for (const m of withoutScripts.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) hits.push(`dist/${file}: ${m[1]}= in ${m[0].slice(0, 80)}`);
		}
		expect(hits).toEqual([]);
	});
});

describe('the link checker itself', () => {
	const fixture = (pages: Record<string, string>, extraFiles: string[] = []) => {
		const map = new Map(Object.entries(pages));
		return checkLinks({ pages: map, files: new Set([...map.keys(), ...extraFiles]), siteOrigin: 'https://site.dev', base: '/' });
	};

	it('reports a missing page and a missing fragment, and accepts good links', () => {
		const result = fixture(
			{
				'index.html':
					'<a href="/a/">ok</a><a href="/a/#here">ok</a><a href="#top">ok</a><p id="top"></p>' +
					'<a href="/missing/">gone</a><a href="/a/#nowhere">no anchor</a><a href="a/">relative ok</a>' +
					'<link rel="stylesheet" href="/style.css"><script src="/app.js"></script>',
				'a/index.html': '<h2 id="here">Here</h2><a href="../">up</a><a href="#also-missing">x</a>',
			},
			['style.css'],
		);
		expect(result.broken.some((b) => b.includes('dist/index.html') && b.includes('/missing/') && b.includes('no such file'))).toBe(true);
		expect(result.broken.some((b) => b.includes('/a/#nowhere') && b.includes('no id="nowhere"'))).toBe(true);
		expect(result.broken.some((b) => b.includes('dist/a/index.html') && b.includes('#also-missing'))).toBe(true);
		expect(result.broken.some((b) => b.includes('/app.js'))).toBe(true);
		expect(result.broken).toHaveLength(4);
		expect(result.problems).toEqual([]);
	});

	it('reports bad external URLs, missing noopener, placeholder hosts and inline handlers; allows the site origin in canonical/og', () => {
		const result = fixture({
			'index.html': [
				'<link rel="canonical" href="https://site.dev/">',
				'<meta property="og:image" content="https://site.dev/og.png">',
				'<a href="https://ok.dev/docs" rel="noopener">fine</a>',
				'<a href="http://plain.dev/" rel="noopener">http</a>',
				'<a href="https://example.com/x" rel="noopener">placeholder</a>',
				'<a href="https://localhost:8080/" rel="noopener">local</a>',
				'<a href="https://github.com/o/r/TODO" rel="noopener">todo</a>',
				'<a href="https://ok.dev/no-rel">no rel</a>',
				'<a href="/" target="_blank">blank</a>',
				'<a href="https://site.dev/x/" rel="noopener">own origin</a>',
				'<button onclick="go()">x</button>',
				'<a href="javascript:void(0)">js</a>',
				'<a href="https://exa mple.com/">bad</a>',
			].join('\n'),
		});
		const text = result.problems.join('\n');
		expect(text).toContain(':4 <a> href: external URL is not https: http://plain.dev/');
		expect(text).toContain('placeholder host example.com');
		expect(text).toContain('placeholder host localhost');
		expect(text).toContain('placeholder text in URL: https://github.com/o/r/TODO');
		expect(text).toContain('external link without rel="noopener": https://ok.dev/no-rel');
		expect(text).toContain('target="_blank" link without rel="noopener"');
		expect(text).toContain('absolute link to the site\'s own origin');
		expect(text).toContain('inline event handler onclick');
		expect(text).toContain('unsafe or local URL scheme: javascript:');
		expect(text).toContain('malformed external URL');
		expect(text).not.toContain('canonical');
		expect(text).not.toContain('og.png');
		// URLs on the site origin must exist in dist: the canonical (index.html) does; og.png and /x/ do not.
		expect(result.broken).toEqual([
			'dist/index.html:2 <meta> content: https://site.dev/og.png → no such file in dist',
			'dist/index.html:10 <a> href: https://site.dev/x/ → no such file in dist',
		]);
	});

	it('ignores look-alike markup inside scripts, styles and comments; decodes entities', () => {
		const html = '<script>const s = \'<a href="/nope/">\';</script><!-- <a href="/nope/"> --><style>a[href="/nope/"]{}</style><a href="/?a=1&amp;b=2">q</a>';
		expect(scanTags(html).filter((t) => t.name === 'a').map((t) => t.attrs.get('href'))).toEqual(['/?a=1&b=2']);
		expect([...collectIds('<p id="a"></p><p id=b></p><p id=\'a\'></p>')]).toEqual([
			['a', 2],
			['b', 1],
		]);
	});
});
