// Every page carries a Content-Security-Policy that allows only the site's own files and
// the exact inline scripts and styles Astro emitted (by hash): no 'unsafe-inline', no inline styles.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtHtmlPages } from '../helpers/dist-files';

const pages = builtHtmlPages();
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function policyOf(html: string): Map<string, string[]> {
	const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values]),
	);
}

describe('Content-Security-Policy', () => {
	it.each(pages.map((p) => [p.path, p.html] as const))('%s: strict policy that covers every inline script and style', (_path, html) => {
		const policy = policyOf(html);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		const scripts = policy.get('script-src') ?? [];
		const styles = policy.get('style-src') ?? [];
		expect(scripts).toContain("'self'");
		for (const directive of [...scripts, ...styles]) expect(directive).not.toMatch(/^'unsafe-(inline|eval)'$/);
		expect(html, 'no style="" attributes (they would need unsafe-inline)').not.toMatch(/\sstyle="/);
		for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
			if (/\ssrc=|type="application\/(ld\+)?json"/.test(attrs!)) continue;
			expect(scripts, `inline script not allowed by hash: ${body!.slice(0, 60)}`).toContain(hash(body!));
		}
		for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
			expect(styles, `inline style not allowed by hash: ${body!.slice(0, 60)}`).toContain(hash(body!));
		}
	});
});
