import MiniSearch from 'minisearch';
import type { SearchEntry } from './entries';
import { hasHan, tokenize } from './tokenize';

/** A matched entry. `strong` when every word of the query matched it. */
export interface RowMatch {
	entry: SearchEntry;
	score: number;
	strong: boolean;
}

/** What the row search found, and the spelling it used when a word was not in the index. */
export interface RowSearchResult {
	matches: RowMatch[];
	/** The whole query with unknown words replaced by the indexed words they were matched to; absent when nothing was corrected. */
	corrected?: string;
}

/** Edits allowed for a word the index does not know: none under five letters; one from five; two from seven (a swap of two neighbouring letters is handled apart: adjacentSwaps). */
export function allowedEdits(word: string): number {
	const length = [...word].length;
	if (/\p{Script=Han}/u.test(word)) return 0;
	return length >= 7 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * The words one swap of two neighbouring letters away (`tokne` → `token`, `hlem` → `helm`): the
 * commonest typo, which counts as two edits for MiniSearch's fuzzy match. From four letters; none in Chinese.
 */
export function adjacentSwaps(word: string): string[] {
	const letters = [...word];
	if (letters.length < 4 || /\p{Script=Han}/u.test(word)) return [];
	const out = new Set<string>();
	for (let i = 0; i + 1 < letters.length; i++) {
		if (letters[i] === letters[i + 1]) continue;
		const swapped = [...letters];
		[swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
		out.add(swapped.join(''));
	}
	return [...out];
}

/** Plural and singular match (`ports` ↔ `port`, `mirrors` ↔ `mirror`): a trailing `s` is dropped from longer Latin words. */
export function stem(term: string): string {
	return /^[a-z]{4,}s$/.test(term) && !term.endsWith('ss') ? term.slice(0, -1) : term;
}

/** Field weights: a label match outranks an alias, an alias a value, a value the section or page it is in. */
const BOOST = { label: 4, aliases: 3, values: 1, context: 0.1 };
const FIELDS = Object.keys(BOOST);

/** A query that looks like a path, command, flag or address rather than words. */
function isTechnical(query: string): boolean {
	return /[/.\-_:=]|(^|\s)\d/.test(query);
}

function compact(text: string): string {
	return tokenize(text).join('');
}

/**
 * A command without the `sudo` in front: readers type `k3s etcd-snapshot save`, the tables show
 * `sudo k3s etcd-snapshot save`. Kept before a path (`sudo /usr/local/bin/rke2-killall.sh`): a
 * reader typing the path asks where that file is, which its path row answers.
 */
function withoutSudo(text: string): string {
	return text.replace(/^\s*sudo\s+(?=[a-z])/, '');
}

/**
 * The command a value runs: its leading lower-case words, up to the first option, placeholder or
 * other argument (`sudo kubeadm init --pod-network-cidr <cidr>` → `kubeadm init`). At least two
 * words (a program and a subcommand); `undefined` for paths, prose and single words.
 */
export function commandOf(value: string): string | undefined {
	const words: string[] = [];
	for (const word of withoutSudo(value).trim().split(/\s+/)) {
		if (!/^[a-z][a-z0-9-]*$/.test(word)) break;
		words.push(word);
	}
	return words.length >= 2 ? words.join(' ') : undefined;
}

/**
 * The row search of one edition: MiniSearch over the entries the site publishes
 * (rows, table sections, notes), with prefix matching as you type and typo tolerance
 * for words the index does not contain.
 */
export class RowSearch {
	readonly entries: readonly SearchEntry[];
	readonly distroNames: readonly string[];
	private readonly index: MiniSearch;
	/** Indexed words as written (not stemmed), for "is this word known" and for showing a correction. */
	private readonly vocabulary = new Set<string>();
	private readonly surface = new Map<string, string>();
	/** Each entry's names (label, and its part in brackets: `Pod network (CNI)`), squeezed to letters and digits. */
	private readonly names: string[][];
	/** Each entry's values, without a leading `sudo`, squeezed the same way. */
	private readonly valueTexts: string[][];
	/** Whether an entry has a value that is a path. */
	private readonly isPathRow: boolean[];
	/** Each entry's aliases, squeezed the same way. */
	private readonly aliasTexts: string[][];
	/**
	 * What a query can be exactly, strongest first: an entry's name, one of its values, one of its aliases,
	 * the command one of its values runs (`kubeadm init` → `sudo kubeadm init --pod-network-cidr <cidr>`).
	 * Each puts the entry in a rank tier and adds a weight to its score.
	 */
	private readonly exactFields: readonly { texts: string[][]; tier: number; boost: number }[];

	constructor(entries: readonly SearchEntry[]) {
		this.entries = entries;
		this.distroNames = [...new Set(entries.flatMap((e) => Object.keys(e.values)))];
		// The vocabulary is collected as MiniSearch indexes (tokenizing the text once): every word of a
		// label, alias or value; the context fields are searchable but never offered as a correction.
		let indexing = true;
		const processTerm = (term: string, field?: string) => {
			const stemmed = stem(term);
			if (indexing && field !== 'context') {
				this.vocabulary.add(term);
				if (!this.surface.has(stemmed)) this.surface.set(stemmed, term);
			}
			return stemmed;
		};
		this.index = new MiniSearch({ fields: FIELDS, tokenize, processTerm });
		const values = entries.map((e) => Object.values(e.values).flat());
		// Comparisons (pair pages, Compare with columns picked) are found by the names a query gives
		// (comparisonFor), not by the words of their titles.
		this.index.addAll(
			entries
				.map((e, id) => ({
					id,
					label: e.label,
					aliases: e.aliases.join(' \n '),
					values: values[id]!.join(' \n '),
					context: [e.section ?? '', e.pageTitle].join(' \n '),
				}))
				.filter(({ id }) => !entries[id]!.compares),
		);
		indexing = false;
		this.names = entries.map((e) => [e.label, ...(/^(.*?)\s*[(（]([^)）]+)[)）]\s*$/u.exec(e.label)?.slice(1) ?? [])].map(compact));
		this.valueTexts = values.map((list) => list.map((v) => compact(withoutSudo(v))));
		this.isPathRow = values.map((list) => list.some((v) => /^[/~]/.test(v)));
		this.aliasTexts = entries.map((e) => e.aliases.map(compact));
		this.exactFields = [
			{ texts: this.names, tier: 4, boost: 9 },
			{ texts: this.valueTexts, tier: 3, boost: 6 },
			{ texts: this.aliasTexts, tier: 2, boost: 4 },
			{ texts: values.map((list) => list.flatMap((v) => commandOf(v) ?? []).map(compact)), tier: 1.5, boost: 3 },
		];
	}

	/** The comparison of exactly these distributions (names as the values spell them, any order): a pair page for two, Compare with those columns for more. */
	comparisonFor(names: readonly string[]): SearchEntry | undefined {
		const asked = new Set(names);
		if (asked.size < 2) return undefined;
		return this.entries.find((e) => e.compares?.length === asked.size && e.compares.every((n) => asked.has(n)));
	}

	/** Whether a query word is in the index, whole or as the start of an indexed word (typing in progress). */
	knows(term: string): boolean {
		if (this.vocabulary.has(term) || this.surface.has(stem(term))) return true;
		for (const word of this.vocabulary) if (word.startsWith(term)) return true;
		return false;
	}

	/**
	 * Searches `typed` (stop words and distribution names already removed). Rows holding a value for a
	 * named distribution come first. `wholeQuery` is the query with the names kept (`k0s backup`), to
	 * recognise an exact value and to show a correction.
	 */
	search(typed: string, distros: readonly string[] = [], wholeQuery = typed, options: { preferPaths?: boolean } = {}): RowSearchResult {
		const typedTerms = tokenize(typed);
		if (!typedTerms.length) return { matches: [] };
		// Misspelt words are replaced first, so the corrected query ranks exactly like a well-typed one.
		const replacements = this.corrections(new Set(typedTerms.filter((t) => !this.knows(t))));
		const text = replaceAll(typed, replacements);
		const whole = replaceAll(wholeQuery, replacements);
		const wholeCompact = compact(withoutSudo(whole));
		const typedCompact = compact(withoutSudo(text));
		const technical = isTechnical(whole);
		// Exact matches decide (this.exactFields), then, for a path or command fragment, how much of a value
		// it covers (`k0s.yaml` → `/etc/k0s/k0s.yaml`). A "where" question favours rows whose values are paths.
		// Worked out once per entry and query: MiniSearch asks for the weight and the sort for the tier.
		const exactOf = new Map<number, { tier: number; weight: number }>();
		const exact = (id: number) => {
			let found = exactOf.get(id);
			if (!found) {
				const held = this.exactFields.filter((f) => f.texts[id]!.includes(wholeCompact));
				// With the distribution names set aside, the query may still be exactly a label or an alias
				// (`remove k3s` → the alias `remove` of Uninstall): below a command typed as it runs (`microk8s join`).
				const namedWithout = typedCompact !== wholeCompact && (this.names[id]!.includes(typedCompact) || this.aliasTexts[id]!.includes(typedCompact));
				const fragmentOf = technical && wholeCompact.length >= 4 ? this.valueTexts[id]!.filter((t) => t.includes(wholeCompact)) : [];
				const covered = Math.max(0, ...fragmentOf.map((t) => wholeCompact.length / t.length));
				found = {
					tier: Math.max(fragmentOf.length ? 1 : 0, namedWithout ? 1.25 : 0, ...held.map((f) => f.tier)),
					weight: 1 + held.reduce((sum, f) => sum + f.boost, 0) + 3 * covered + (options.preferPaths && this.isPathRow[id] ? 1 : 0),
				};
				exactOf.set(id, found);
			}
			return found;
		};
		// Chinese is matched as character pairs, and a pair spanning two words (加入|工作节点 → 入工) is in
		// no entry: pairs the index does not know are left out, so 加入工作节点 finds the entry with both words.
		// (An unknown English word stays: it usually means the query is about prose, for Pagefind.)
		const allTerms = tokenize(text);
		const knownTerms = allTerms.filter((t) => !hasHan(t) || this.knows(t));
		const terms = knownTerms.length ? knownTerms : allTerms;
		const query = (combineWith: 'AND' | 'OR') => (terms.length < allTerms.length ? { queries: terms, combineWith } : text);
		const searchOptions = {
			boost: BOOST,
			// Prefixes for words of three letters or more, and for the last word (still being typed).
			prefix: (term: string, i: number, all: string[]) => term.length >= 3 || (i === all.length - 1 && term.length >= 2),
			boostDocument: (id: number) => exact(id).weight,
		};
		// An entry holding exactly what was typed comes before entries that merely score higher on the
		// words, whatever their weights; for a path or command fragment, an entry whose value holds it
		// outranks one that only shares its words.
		const strong = this.index.search(query('AND'), { ...searchOptions, combineWith: 'AND' as const }).sort((a, b) => exact(b.id).tier - exact(a.id).tier);
		const seen = new Set(strong.map((r) => r.id));
		// Entries matching only some words: kept when they match at least half of them.
		const weak = this.index.search(query('OR'), { ...searchOptions, combineWith: 'OR' as const }).filter((r) => !seen.has(r.id) && r.queryTerms.length * 2 >= terms.length);
		const hasValueFor = (entry: SearchEntry) => distros.every((d) => (entry.values[d]?.length ?? 0) > 0);
		const matches = [
			...strong.map((r) => ({ entry: this.entries[r.id]!, score: r.score, strong: true })),
			...weak.map((r) => ({ entry: this.entries[r.id]!, score: r.score, strong: false })),
		];
		// The entry named exactly what was asked about ("ingress controller of k0s" → Ingress controller)
		// answers it even where that distribution has no value: its note says what to do instead.
		const textCompact = compact(text);
		const namedExactly = new Set(strong.filter((r) => this.names[r.id]!.includes(textCompact)).map((r) => this.entries[r.id]!));
		// A named distribution keeps the rows that have a value for it first (stable: the score order stays within each part).
		const first = (m: RowMatch) => m.strong && (hasValueFor(m.entry) || namedExactly.has(m.entry));
		const ordered = distros.length ? [...matches.filter(first), ...matches.filter((m) => !first(m))] : matches;
		return { matches: ordered, corrected: replacements.size ? whole : undefined };
	}

	/**
	 * For each unknown word, an indexed word it becomes by swapping two neighbouring letters, else the
	 * indexed word MiniSearch's fuzzy match finds closest (skipped when neither).
	 */
	private corrections(unknown: ReadonlySet<string>): Map<string, string> {
		const out = new Map<string, string>();
		for (const term of unknown) {
			const replacement = this.swapCorrection(term) ?? this.fuzzyCorrection(term);
			if (replacement && replacement !== term) out.set(term, replacement);
		}
		return out;
	}

	/** The indexed word one swap away; of several, the one that scores highest on its own. */
	private swapCorrection(term: string): string | undefined {
		const known = adjacentSwaps(term).filter((w) => this.vocabulary.has(w) || this.surface.has(stem(w)));
		const score = (word: string) => this.index.search(word, { prefix: false, boost: BOOST, fields: ['label', 'aliases', 'values'] })[0]?.score ?? 0;
		const [best] = known.map((word) => ({ word, score: score(word) })).sort((a, b) => b.score - a.score);
		return best && (this.vocabulary.has(best.word) ? best.word : this.surface.get(stem(best.word)));
	}

	private fuzzyCorrection(term: string): string | undefined {
		if (!allowedEdits(term)) return undefined;
		const [best] = this.index.search(term, { fuzzy: allowedEdits(term), prefix: false, boost: BOOST, fields: ['label', 'aliases', 'values'] });
		const matched = best?.terms[0];
		return matched ? (this.surface.get(matched) ?? matched) : undefined;
	}
}

/** Replaces each misspelt word in the query text (case-insensitive; the rest of the text stays as typed). */
function replaceAll(text: string, replacements: ReadonlyMap<string, string>): string {
	let out = text.normalize('NFKC');
	for (const [from, to] of replacements) out = out.replace(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), to);
	return out;
}
