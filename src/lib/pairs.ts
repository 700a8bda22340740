import type { Distro } from '../schemas/distro';
import { PairsFileSchema, type PairText } from '../schemas/pair';
import { DataError, DataErrors, issuesToErrors } from './data-error';
import { parseYaml, type SourceFile } from './tables';

/** Two distributions compared on a page of their own, in alphabetical order of their ids. */
export interface Pair {
	/** `k0s-vs-k3s`: the page's slug and the key of its text. */
	id: string;
	a: Distro;
	b: Distro;
}

/** Every pair of the declared distributions, once each, ids in alphabetical order. */
export function allPairs(distros: readonly Distro[]): Pair[] {
	const sorted = [...distros].sort((x, y) => x.id.localeCompare(y.id));
	return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => ({ id: `${a.id}-vs-${b.id}`, a, b })));
}

/** Reads one edition's pair texts: every pair needs one, and an entry for no pair (a typo, a removed distribution) is an error. */
export function parsePairTexts(file: SourceFile, pairs: readonly Pair[]): Map<string, PairText> {
	const parsed = PairsFileSchema.safeParse(parseYaml(file) ?? {});
	if (!parsed.success) throw new DataErrors(issuesToErrors(file.path, undefined, parsed.error));
	const known = new Set(pairs.map((p) => p.id));
	const errors = [
		...pairs.filter((p) => !parsed.data[p.id]).map((p) => new DataError(file.path, p.id, 'title', `missing text for the pair page of ${p.a.name} and ${p.b.name}`)),
		...Object.keys(parsed.data)
			.filter((id) => !known.has(id))
			.map((id) => new DataError(file.path, id, '(key)', `no such pair: keys are two declared distribution ids in alphabetical order (${[...known].join(', ')})`)),
	];
	if (errors.length) throw new DataErrors(errors);
	return new Map(Object.entries(parsed.data));
}
