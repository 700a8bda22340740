import type { Row } from '../schemas/row';
import { cellValues } from './values';

/**
 * Search alias tokens for a row.
 *
 * Pagefind indexes `/etc/rancher/k3s/k3s.yaml` as one word and matches prefixes
 * only, so `k3s.yaml` or `server/manifests` would never match the full path, and
 * it drops parts shorter than two letters, so `k0s`/`k3s` vanish inside paths.
 * We therefore add, per value: every segment-aligned suffix of a path, every
 * short or digit-bearing segment, environment-variable names without their
 * value, and the row's hand-written aliases. The tokens are indexed but hidden.
 */
export function aliasTokens(row: Pick<Row, 'kind' | 'values' | 'aliases'>): string[] {
	const tokens = new Set<string>();
	for (const cell of Object.values(row.values)) {
		for (const value of cellValues(cell)) {
			for (const word of value.split(/\s+/)) {
				for (const token of wordAliases(word)) tokens.add(token);
			}
		}
	}
	for (const alias of row.aliases) tokens.add(alias);
	return [...tokens].filter((token) => token.length >= 2 && !/[<>]/.test(token));
}

/** Aliases of one whitespace-free word of a value. */
export function wordAliases(word: string): string[] {
	const out: string[] = [];
	if (word.startsWith('--') && word.includes('=')) {
		// `--cluster-cidr=10.42.0.0/16`: the flag name, then the value on its own.
		const [flag = '', value = ''] = word.split(/=(.*)/s);
		return [flag, ...(value ? [value, ...wordAliases(value)] : [])].filter((token) => token !== word && !/[<>]/.test(token));
	}
	const clean = word.replace(/^[<[(]+|[>\])]+$/g, '');
	if (/^[A-Z][A-Z0-9_]+=/.test(clean)) out.push(clean.split('=')[0]!);
	if (clean.includes('/') || /\.[a-z0-9]+$/i.test(clean)) {
		out.push(...pathSuffixes(clean));
		out.push(...shortSegments(clean));
	}
	if (clean.startsWith('--')) out.push(clean.replace(/=.*$/, ''));
	return out.filter((token) => token !== word && !/[<>]/.test(token));
}

/**
 * Every suffix that starts after a `/` or `.`:
 * `/etc/rancher/k3s/k3s.yaml` → `etc/rancher/k3s/k3s.yaml`, `rancher/k3s/k3s.yaml`, …, `k3s.yaml`, `yaml`.
 */
export function pathSuffixes(path: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < path.length; i++) {
		if ((path[i] === '/' || path[i] === '.') && i + 1 < path.length) {
			const suffix = path.slice(i + 1);
			if (!suffix.startsWith('/') && !suffix.startsWith('.')) out.push(suffix);
		}
	}
	return out;
}

/** Segments Pagefind would drop or split (`k0s`, `k3s`, `pki`): short or containing a digit. */
export function shortSegments(path: string): string[] {
	return path.split(/[/.]/).filter((segment) => segment.length >= 2 && (segment.length <= 3 || /\d/.test(segment)));
}
