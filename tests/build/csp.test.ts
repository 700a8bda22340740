// Every page carries a Content-Security-Policy that allows only the site's own files and the exact inline
// scripts and styles Astro emitted (by hash): no 'unsafe-inline', no inline styles. dist/_headers sends the
// same policy as a header, with frame-ancestors, for hosts that read it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyHeader } from '../../src/lib/deploy-headers';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file';
import { hashSource, pageSecurity, parsePolicy } from '../../src/lib/page-security';
import { DIST, builtHtmlPages } from '../helpers/dist-files';

const pages = builtHtmlPages().map((p) => ({ ...p, security: pageSecurity(p.html) }));
const headerRules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

/** Fails unless a policy is strict and allows each inline script and style by its hash. */
function expectPolicyCovers(policyText: string, security: ReturnType<typeof pageSecurity>) {
	const policy = parsePolicy(policyText);
	expect(policy.get('default-src')).toEqual(["'self'"]);
	const scripts = policy.get('script-src') ?? [];
	const styles = policy.get('style-src') ?? [];
	expect(scripts).toContain("'self'");
	for (const source of [...scripts, ...styles]) expect(source).not.toMatch(/^'unsafe-(inline|eval|hashes)'$/);
	for (const body of security.inlineScripts) expect(scripts, `inline script not allowed by hash: ${body.slice(0, 60)}`).toContain(hashSource(body));
	for (const body of security.inlineStyles) expect(styles, `inline style not allowed by hash: ${body.slice(0, 60)}`).toContain(hashSource(body));
}

describe('Content-Security-Policy', () => {
	it.each(pages.map((p) => [p.path, p.security] as const))('%s: strict meta policy that covers every inline script and style', (_path, security) => {
		expect(security.policy, 'meta policy').toBeTruthy();
		expect(security.styleAttributes, 'no style="" attributes (they would need unsafe-inline)').toBe(0);
		expectPolicyCovers(security.policy!, security);
	});

	it.each(pages.map((p) => [p.path, p.security] as const))('%s: dist/_headers gives the same policy plus frame-ancestors', (path, security) => {
		const served = headersFor(headerRules, path);
		const header = served.get('Content-Security-Policy');
		expect(header).toBe(policyHeader(security.policy!));
		expect(parsePolicy(header!).get('frame-ancestors')).toEqual(["'none'"]);
		expectPolicyCovers(header!, security);
		expect(served.get('Cache-Control')).toBe('public, max-age=0, must-revalidate');
		expect(served.get('X-Content-Type-Options')).toBe('nosniff');
		expect(served.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
	});

	it('the hash check fails for a script the policy does not list (the check can fail)', () => {
		const page = pages.find((p) => p.path === '/')!;
		const planted = { ...page.security, inlineScripts: [...page.security.inlineScripts, 'window.planted = 1'] };
		expect(() => expectPolicyCovers(page.security.policy!, planted)).toThrow(/inline script not allowed by hash: window.planted/);
	});
});
