// The `_headers` file format that Netlify and Cloudflare Pages share: a path pattern on its own line,
// then its headers indented below it as `Name: value`; `#` starts a comment line.
// No well-kept npm library parses it, so this small one does; it has no imports so that
// scripts/serve.mjs can load it with Node's built-in TypeScript support.

export type HeaderList = readonly (readonly [name: string, value: string])[];

export interface HeaderRule {
	/** `/compare/` (one path) or `/_astro/*` (`*` matches any run of characters, `/` included). */
	path: string;
	headers: HeaderList;
}

/** Reads a `_headers` file; a malformed line throws an error naming its line number. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: { path: string; headers: [string, string][] }[] = [];
	for (const [index, line] of text.split(/\r?\n/).entries()) {
		const where = `_headers line ${index + 1}`;
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			if (!/^(\/|https?:\/\/)\S*$/.test(trimmed)) throw new Error(`${where}: a path must start with / and hold no spaces: "${trimmed}"`);
			rules.push({ path: trimmed, headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`${where}: header "${trimmed}" comes before any path`);
		const colon = trimmed.indexOf(':');
		const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
		const value = trimmed.slice(colon + 1).trim();
		if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || value === '') throw new Error(`${where}: expected "Name: value", got "${trimmed}"`);
		rule.headers.push([name, value]);
	}
	return rules;
}

/** Writes rules in the same format, one blank line between rules. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment?: string): string {
	const head = comment ? `${comment.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n')}\n\n` : '';
	return head + rules.map((r) => [r.path, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n') + '\n';
}

/** Does a rule's path pattern match a request path? `*` is a splat; everything else is literal. */
export function pathMatches(pattern: string, path: string): boolean {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host sends for a request path: every matching rule applies, in file order, and a header
 * set by two matching rules gets both values joined by ", " (what Cloudflare Pages documents; so the
 * rules this site writes never set one header twice for a path).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const out = new Map<string, { name: string; value: string }>();
	for (const rule of rules) {
		if (!pathMatches(rule.path, path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const seen = out.get(key);
			out.set(key, seen ? { name: seen.name, value: `${seen.value}, ${value}` } : { name, value });
		}
	}
	return new Map([...out.values()].map(({ name, value }) => [name, value]));
}
