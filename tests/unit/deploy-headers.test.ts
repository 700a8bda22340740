import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, IMMUTABLE, REVALIDATE, headerRules, isHashedFile, policyHeader, urlPathOf, type BuiltFile } from '../../src/lib/deploy-headers';
import { headersFor } from '../../src/lib/headers-file';

const POLICY_A = "default-src 'self'; script-src 'self' 'sha256-AAA='";
const POLICY_B = "default-src 'self'; script-src 'self' 'sha256-BBB='";

const FILES: BuiltFile[] = [
	{ file: 'index.html', policy: POLICY_A },
	{ file: '404.html', policy: POLICY_A },
	{ file: 'favicon.svg' },
	{ file: '_astro/index.Ab12Cd.js' },
	{ file: '_astro/page.Ef34Gh.css' },
	{ file: 'compare/index.html', policy: POLICY_B },
	{ file: 'components/index.html', policy: POLICY_A },
	{ file: 'components/etcd/index.html', policy: POLICY_A },
	{ file: 'components/kine/index.html', policy: POLICY_A },
	{ file: 'zh/index.html', policy: POLICY_A },
	{ file: 'zh/search-rows.json' },
	{ file: 'zh/compare/index.html', policy: POLICY_B },
	{ file: 'pagefind/pagefind.js' },
	{ file: 'pagefind/pagefind.en_2f02dd89ee.pf_meta' },
	{ file: 'pagefind/fragment/en_1a2b3c.pf_fragment' },
	{ file: 'pagefind/index/en_4d5e6f.pf_index' },
];

/** What a host sends for a path, as plain name → value. */
const served = (rules: ReturnType<typeof headerRules>, path: string) => Object.fromEntries(headersFor(rules, path));

describe('deploy headers', () => {
	const rules = headerRules(FILES);

	it('hashed files are Astro bundles and Pagefind chunks and metadata, not Pagefind entry points', () => {
		expect(['_astro/x.Ab12.js', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/index/en_2.pf_index', 'pagefind/pagefind.en_3.pf_meta'].every(isHashedFile)).toBe(true);
		expect(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'index.html', 'data/rows.json'].some(isHashedFile)).toBe(false);
	});

	it('the header policy is the meta policy plus frame-ancestors, and refuses a policy that already sets it', () => {
		expect(policyHeader(`${POLICY_A};`)).toBe(`${POLICY_A}; frame-ancestors 'none'`);
		expect(() => policyHeader("default-src 'self'; frame-ancestors 'self'")).toThrow(/already sets frame-ancestors/);
	});

	it('a page without a meta policy fails the build instead of going out without one', () => {
		expect(() => headerRules([{ file: 'x/index.html' }])).toThrow('dist/x/index.html has no Content-Security-Policy meta tag');
	});

	it('every page is served its own policy with frame-ancestors and revalidation, plus the common headers', () => {
		for (const { file, policy } of FILES.filter((f) => f.policy)) {
			expect(served(rules, urlPathOf(file)), file).toEqual({
				...Object.fromEntries(COMMON_HEADERS),
				'Content-Security-Policy': policyHeader(policy!),
				'Cache-Control': REVALIDATE,
			});
		}
	});

	it('hashed files are immutable, other files revalidate, and neither gets a page policy', () => {
		for (const path of ['/_astro/index.Ab12Cd.js', '/pagefind/fragment/en_1a2b3c.pf_fragment', '/pagefind/index/en_4d5e6f.pf_index', '/pagefind/pagefind.en_2f02dd89ee.pf_meta']) {
			expect(served(rules, path), path).toEqual({ ...Object.fromEntries(COMMON_HEADERS), 'Cache-Control': IMMUTABLE });
		}
		for (const path of ['/pagefind/pagefind.js', '/favicon.svg', '/zh/search-rows.json']) {
			expect(served(rules, path), path).toEqual({ ...Object.fromEntries(COMMON_HEADERS), 'Cache-Control': REVALIDATE });
		}
	});

	it('a folder whose files all need the same headers is one rule; mixed folders list their files', () => {
		expect(rules.map((r) => r.path)).toEqual([
			'/*',
			'/404.html',
			'/favicon.svg',
			'/',
			'/_astro/*',
			'/compare/*',
			'/components/*',
			'/pagefind/pagefind.en_2f02dd89ee.pf_meta',
			'/pagefind/pagefind.js',
			'/pagefind/fragment/*',
			'/pagefind/index/*',
			'/zh/',
			'/zh/search-rows.json',
			'/zh/compare/*',
		]);
	});

	it('no two rules that match the same built file set the same header (hosts would join the values)', () => {
		for (const { file } of FILES) {
			const names = rules.filter((r) => headersFor([r], urlPathOf(file)).size > 0).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
			expect(names.length, file).toBe(new Set(names).size);
		}
	});

	it('a site built under a base path gets its rules under it', () => {
		const based = headerRules(FILES, '/docs/');
		expect(based.every((r) => r.path.startsWith('/docs/'))).toBe(true);
		expect(served(based, '/docs/compare/')['Content-Security-Policy']).toBe(policyHeader(POLICY_B));
	});
});
