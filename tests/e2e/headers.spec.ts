// The server `npm start` and these tests use sends exactly the headers dist/_headers gives each path,
// as Netlify and Cloudflare Pages would: compared for every built file and for an unknown path.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { urlPathOf } from '../../src/lib/deploy-headers';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file';
import { DIST } from '../helpers/dist-files';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
/** Every header name the file sets anywhere: for these, the server must send what the file says and nothing else. */
const managed = [...new Set(rules.flatMap((r) => r.headers.map(([name]) => name.toLowerCase())))];
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile() && e.name !== '_headers')
	.map((e) => relative(DIST, join(e.parentPath, e.name)).split('\\').join('/'))
	.sort();

/** Differences between what the file gives a path and what the server sent, one line each. */
function differences(path: string, served: Record<string, string>): string[] {
	const expected = new Map([...headersFor(rules, path)].map(([name, value]) => [name.toLowerCase(), value]));
	return managed.filter((name) => served[name] !== expected.get(name)).map((name) => `${path} ${name}: served ${JSON.stringify(served[name])}, _headers ${JSON.stringify(expected.get(name))}`);
}

test('_headers sets the security headers and caching the deploy needs', () => {
	expect(managed).toEqual(expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cache-control']));
});

test('every built file is served with exactly the headers dist/_headers gives its path', async ({ request }) => {
	expect(files.length).toBeGreaterThan(50);
	const problems: string[] = [];
	for (const file of files) {
		const path = urlPathOf(file);
		const response = await request.get(path, { maxRedirects: 0 });
		if (response.status() !== 200) problems.push(`${path}: status ${response.status()}`);
		problems.push(...differences(path, response.headers()));
	}
	expect(problems).toEqual([]);
});

test('an unknown path gets its 404 page with the headers of its path', async ({ request }) => {
	for (const path of ['/no-such-page/', '/zh/no-such-page/', '/_astro/missing.js']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(404);
		expect(differences(path, response.headers())).toEqual([]);
	}
});
