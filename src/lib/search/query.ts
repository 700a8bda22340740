import { tokenize } from './tokenize';

/** Longest query we search for; longer input is cut (it cannot match anything better). */
export const MAX_QUERY_LENGTH = 200;

/**
 * Symbols Pagefind keeps in a query but drops when indexing, so a query containing
 * them could never match: `=` (`K3S_TOKEN=…`), placeholder brackets (`<username>`),
 * pipes, `$` and quotes inside commands. (A query wrapped whole in double quotes is
 * Pagefind's exact-phrase mode and is kept.)
 */
const INDEX_DROPPED = /[=<>|$`']/g;

/** Cleans what the reader typed: trims, turns index-dropped symbols into spaces, collapses whitespace and caps the length. */
export function cleanQuery(input: string): string {
	const trimmed = input.trim();
	const quoted = /^".+"$/.test(trimmed);
	const cleaned = trimmed.replace(INDEX_DROPPED, ' ').replace(quoted ? /(?!)/ : /"/g, ' ').replace(/\s+/g, ' ').trim();
	return [...cleaned].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The retry for a zero-result Pagefind query: separators turned into spaces (`registry.yaml` → `registry yaml`). */
export function retryQuery(cleaned: string): string | undefined {
	if (!/[/.\-:=,]/.test(cleaned)) return undefined;
	const spaced = cleaned.replace(/[/.\-:=,]+/g, ' ').replace(/\s+/g, ' ').trim();
	return spaced && spaced !== cleaned ? spaced : undefined;
}

/** Whether a query has anything searchable left (not only punctuation, symbols or spaces). */
export function isSearchable(cleaned: string): boolean {
	return /[\p{L}\p{N}]/u.test(cleaned);
}

/** Words that carry no meaning in a question (`where is the k3s kubeconfig`), verbs that only say the reader wants to act on what follows (`change the cluster cidr`, `where does k3s store its data`), and adverbs of thoroughness (`remove k0s completely`). */
const STOP_WORDS = new Set(
	'a an the is are was be do does did can could should i my me you we to of in on at for from with by and or it its this that there here what which one ones where when how who why find get show see location located locate equivalent equivalents counterpart support supports supported use uses using change changing set setting configure configuring modify customize customise pass passing put puts keep keeps store stores completely fully entirely properly correctly'.split(' '),
);
/** Chinese question words and verbs of change, removed wherever they occur (`kubeconfig 在哪`, `怎么备份`, `kubelet 参数怎么改`). */
const ZH_STOP_PHRASES = /在哪里|在哪儿|在哪|哪里|哪儿|怎么样|怎么|如何|怎样|什么|位置|对应的|对应|等价|等效|支持|是多少|是什么|修改|更改|改|吗|呢|的/gu;

/** Words that only ask for a comparison (`k3s vs rke2`, `difference between k0s and microk8s`). */
const COMPARE_WORDS = new Set('vs versus v compare compared comparing comparison difference differences different differ diff between against better than choose choosing pick'.split(' '));
const ZH_COMPARE_PHRASES = /对比|比较|区别|差异|差别|不同|还是|和|与|跟|或|对|、/gu;

/**
 * The two or more distributions a query asks to compare, when it asks nothing else (`k3s vs rke2`,
 * `rke2 or k3s`, `k3s 和 rke2 的区别`, `k0s vs k3s vs rke2`), as `distroNames` spells them;
 * otherwise `undefined`.
 */
export function comparisonAsked(input: string, distroNames: readonly string[]): string[] | undefined {
	const byName = new Map(distroNames.map((name) => [name.toLowerCase(), name]));
	const tokens = tokenize(cleanQuery(input).replace(ZH_STOP_PHRASES, ' ').replace(ZH_COMPARE_PHRASES, ' '));
	const names = new Set<string>();
	for (const token of tokens) {
		const name = byName.get(token);
		if (name) names.add(name);
		else if (!STOP_WORDS.has(token) && !COMPARE_WORDS.has(token)) return undefined;
	}
	return names.size >= 2 ? [...names] : undefined;
}

/** A query taken apart: the words to match, and the distributions it names. */
export interface AnalyzedQuery {
	/** The cleaned query (what the reader typed, tidied). */
	cleaned: string;
	/** Space-separated words that matter: stop words and distribution names removed. */
	text: string;
	/** Distribution names the query mentions as words (`k3s kubeconfig`), as the index spells them. */
	distros: string[];
	/** The query for page search: stop words removed, distribution names kept. */
	pageText: string;
	/** The query asks where something is (`where`, `location`, `在哪`): path rows are preferred. */
	asksWhere: boolean;
}

const WHERE = /(^|\s)(where|location|located|locate|path)(\s|$)|在哪|哪里|哪儿|位置|路径/iu;

/**
 * Removes stop words in both languages and picks out distribution names. A query made only of
 * stop words or names keeps them (`k3s` alone still searches for k3s).
 */
export function analyzeQuery(input: string, distroNames: readonly string[]): AnalyzedQuery {
	const cleaned = cleanQuery(input);
	const words = cleaned.replace(ZH_STOP_PHRASES, ' ').split(/\s+/).filter(Boolean);
	const byName = new Map(distroNames.map((name) => [name.toLowerCase(), name]));
	const isStop = (word: string) => {
		const tokens = tokenize(word);
		return tokens.length > 0 && tokens.every((t) => STOP_WORDS.has(t));
	};
	const meaningful = words.filter((w) => !isStop(w));
	const distros = [...new Set(meaningful.map((w) => byName.get(w.toLowerCase())).filter((d): d is string => !!d))];
	const rest = meaningful.filter((w) => !byName.has(w.toLowerCase()));
	const fallback = cleaned;
	return {
		cleaned,
		text: rest.length ? rest.join(' ') : meaningful.length ? meaningful.join(' ') : fallback,
		distros: rest.length ? distros : [],
		pageText: meaningful.length ? meaningful.join(' ') : fallback,
		asksWhere: WHERE.test(cleaned),
	};
}
