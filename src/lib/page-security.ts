// What a built page asks of its Content-Security-Policy: the policy in its <meta> tag and the
// inline scripts and styles it must allow by hash. Read with a real HTML parser (hast), not patterns.
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export interface PageSecurity {
	/** The `<meta http-equiv="content-security-policy">` policy, if the page has one. */
	policy: string | undefined;
	/** Text of each inline script the policy must allow (JSON data blocks are not run, so not included). */
	inlineScripts: string[];
	/** Text of each `<style>` element. */
	inlineStyles: string[];
	/** How many elements carry a `style=""` attribute (they would need 'unsafe-inline'). */
	styleAttributes: number;
}

const isDataBlock = (el: Element) => /^application\/(ld\+)?json$/i.test(String(el.properties.type ?? ''));

export function pageSecurity(html: string): PageSecurity {
	const tree = fromHtml(html);
	const meta = select('meta[http-equiv="content-security-policy" i]', tree);
	return {
		policy: meta ? String(meta.properties.content ?? '') : undefined,
		inlineScripts: selectAll('script:not([src])', tree)
			.filter((el) => !isDataBlock(el))
			.map(toString),
		inlineStyles: selectAll('style', tree).map(toString),
		styleAttributes: selectAll('[style]', tree).length,
	};
}

/** A policy as directive → source list (`script-src` → [`'self'`, `'sha256-…'`]). */
export function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!.toLowerCase(), values]),
	);
}

/** The CSP source expression that allows exactly this inline text: `'sha256-<base64>'`. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}
