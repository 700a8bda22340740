import { describe, expect, it } from 'vitest';
import { bundleFileName, joinStylesheets, replaceRuns, splitStylesheets, stylesheetRuns } from '../../src/lib/stylesheet-bundles';

const astro = (href: string) => href.startsWith('/_astro/');
const page = (head: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body><p>x</p></body></html>`;

describe('stylesheetRuns', () => {
	it('finds consecutive joinable links, white space between them allowed', () => {
		const html = page('<link rel="stylesheet" href="/_astro/a.css">\n  <link rel="stylesheet" href="/_astro/b.css"><link rel="stylesheet" href="/_astro/c.css">');
		const [run, ...more] = stylesheetRuns(html, astro);
		expect(more).toEqual([]);
		expect(run!.hrefs).toEqual(['/_astro/a.css', '/_astro/b.css', '/_astro/c.css']);
		expect(html.slice(run!.start, run!.end)).toMatch(/^<link rel="stylesheet" href="\/_astro\/a.css">[\s\S]*c\.css">$/);
	});

	it('breaks a run at anything between links, at a link it may not join, and ignores a lone link', () => {
		const html = page(
			'<link rel="stylesheet" href="/_astro/a.css"><meta name="x" content="y"><link rel="stylesheet" href="/_astro/b.css">' +
				'<link rel="stylesheet" href="/public.css"><link rel="stylesheet" href="/_astro/c.css">' +
				'<link rel="stylesheet" href="/_astro/d.css" media="print"><link rel="stylesheet" href="/_astro/e.css">',
		);
		expect(stylesheetRuns(html, astro)).toEqual([]);
	});

	it('leaves links in the body alone', () => {
		const html = page('').replace('<p>x</p>', '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">');
		expect(stylesheetRuns(html, astro)).toEqual([]);
	});
});

describe('joining and splitting', () => {
	const parts = [
		{ href: '/_astro/a.css', css: '.a{color:red}' },
		{ href: '/_astro/b.css', css: '@media (width>=40rem){.b{margin:0}}\n' },
	];

	it('keeps the parts in order, and splitting gives them back', () => {
		const css = joinStylesheets(parts);
		expect(css.indexOf('.a{')).toBeLessThan(css.indexOf('.b{'));
		expect(splitStylesheets('/_astro/bundle.x.css', css)).toEqual(parts.map((p) => ({ ...p, css: p.css.trim() })));
	});

	it('refuses a part whose @import or @charset would end up mid-file', () => {
		expect(() => joinStylesheets([...parts, { href: '/_astro/c.css', css: '@import url(x.css);.c{}' }])).toThrow('/_astro/c.css: has @import or @charset');
	});

	it('a stylesheet that is not a joined one is one part', () => {
		expect(splitStylesheets('/code-theme.css', '.shl{color:red}')).toEqual([{ href: '/code-theme.css', css: '.shl{color:red}' }]);
	});

	it('names a file by its content', () => {
		const css = joinStylesheets(parts);
		expect(bundleFileName(css)).toBe(bundleFileName(joinStylesheets(parts)));
		expect(bundleFileName(css)).not.toBe(bundleFileName(joinStylesheets([...parts].reverse())));
		expect(bundleFileName(css)).toMatch(/^bundle\.[\w-]{10}\.css$/);
	});
});

describe('replaceRuns', () => {
	it('puts one link where each run was and keeps every other byte', () => {
		const before = '<link rel="stylesheet" href="/public.css"><meta http-equiv="content-security-policy" content="default-src \'self\'">';
		const html = page(`${before}<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">`);
		const out = replaceRuns(html, stylesheetRuns(html, astro), (run) => `/_astro/joined-${run.hrefs.length}.css`);
		expect(out).toBe(page(`${before}<link rel="stylesheet" href="/_astro/joined-2.css">`));
	});
});
