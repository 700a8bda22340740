import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, parseHeadersFile, pathMatches } from '../../src/lib/headers-file';

const SAMPLE = `# comment
/*
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/compare/
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a+b/c='
  Link: </style.css>; rel=preload
`;

describe('parseHeadersFile', () => {
	it('reads paths and their indented headers, skipping comments and blank lines; values keep colons and semicolons', () => {
		expect(parseHeadersFile(SAMPLE)).toEqual([
			{ path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
			{ path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
			{
				path: '/compare/',
				headers: [
					['Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-a+b/c='"],
					['Link', '</style.css>; rel=preload'],
				],
			},
		]);
	});

	it('reads CRLF files the same', () => {
		expect(parseHeadersFile(SAMPLE.replace(/\n/g, '\r\n'))).toEqual(parseHeadersFile(SAMPLE));
	});

	it.each([
		['  X-A: b\n', /line 1: header "X-A: b" comes before any path/],
		['/a\n  no colon here\n', /line 2: expected "Name: value"/],
		['/a\n  X-A:\n', /line 2: expected "Name: value"/],
		['/a\n  Bad Name: x\n', /line 2: expected "Name: value"/],
		['compare/\n  X-A: b\n', /line 1: a path must start with \//],
		['/a b\n', /line 1: a path must start with \/ and hold no spaces/],
	])('rejects %j naming the line', (text, message) => {
		expect(() => parseHeadersFile(text)).toThrow(message);
	});

	it('formatHeadersFile writes what parseHeadersFile reads back', () => {
		const rules = parseHeadersFile(SAMPLE);
		const text = formatHeadersFile(rules, 'first line\nsecond line');
		expect(text.startsWith('# first line\n# second line\n\n/*\n  X-Content-Type-Options: nosniff\n')).toBe(true);
		expect(parseHeadersFile(text)).toEqual(rules);
	});
});

describe('pathMatches and headersFor', () => {
	it('a splat matches any rest of the path, including nothing and slashes; other characters are literal', () => {
		expect(pathMatches('/_astro/*', '/_astro/a.b1c2.js')).toBe(true);
		expect(pathMatches('/components/*', '/components/')).toBe(true);
		expect(pathMatches('/components/*', '/components/etcd/')).toBe(true);
		expect(pathMatches('/components/*', '/componentsx/')).toBe(false);
		expect(pathMatches('/compare/', '/compare/')).toBe(true);
		expect(pathMatches('/compare/', '/compare/x')).toBe(false);
		expect(pathMatches('/a.json', '/aXjson')).toBe(false);
		expect(pathMatches('/*', '/')).toBe(true);
	});

	it('applies every matching rule in order; a header set twice gets both values joined', () => {
		const rules = parseHeadersFile(`/*\n  A: 1\n/x/*\n  B: 2\n/x/y\n  a: 3\n`);
		expect([...headersFor(rules, '/x/y')]).toEqual([
			['A', '1, 3'],
			['B', '2'],
		]);
		expect([...headersFor(rules, '/z')]).toEqual([['A', '1']]);
	});
});
