// One relevance suite per edition: the same search code the UI runs (row search with MiniSearch,
// pages with Pagefind), against the built index and the row entries of that edition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch, type EditionSearch, type SearchOutcome } from '../../src/lib/search/engine';
import { RowSearch } from '../../src/lib/search/rows';
import { statusMessage } from '../../src/lib/search/messages';
import { cellValues } from '../../src/lib/values';
import { rowPath } from '../../src/lib/urls';
import { LANG_META, localizePath, type Lang } from '../../src/i18n/langs';
import { t } from '../../src/i18n';
import { loadContent } from './content';
import { loadPagefind, loadRowIndex } from './pagefind-node';

const CODE_KINDS = new Set(['path', 'command', 'cidr', 'ip', 'port']);

/** A query and the row or section that must come first (any of a list when several are right). */
export type Case = [query: string, first: string | readonly string[]];
/** A misspelt query: what must come first, and the spelling the dialog says it searched for. */
export type TypoCase = [query: string, first: string | readonly string[], corrected: string];

export interface SuiteCases {
	/** The queries of the issue that reported the misses. */
	reported: Case[];
	/** Questions as people type them, one or more per row. */
	natural: Case[];
	/** Exact terms: paths, commands, flags, component names, terms of the other language. */
	terms: Case[];
	typos: TypoCase[];
	/** Queries that match nothing: no hit, and a message that helps. */
	noMatch: string[];
}

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');
const rowsFile = (lang: Lang) => `${LANG_META[lang].prefix.slice(1)}${lang === 'en' ? '' : '/'}search-rows.json`;

/** Registers the generated and hand-written cases of one edition; prints the count. */
export function relevanceSuite(lang: Lang, cases: SuiteCases) {
	const content = loadContent();
	let own: EditionSearch;
	let theirs: EditionSearch;
	let passed = 0;

	beforeAll(async () => {
		const pagefind = await loadPagefind(lang === 'en' ? '' : LANG_META[lang].htmlLang.toLowerCase());
		own = { rows: new RowSearch(await loadRowIndex(rowsFile(lang))), pagefind: async () => pagefind, base: '/' };
		// The other edition's rows only: the dialog searches them for a query in that edition's language.
		theirs = { rows: new RowSearch(await loadRowIndex(rowsFile(other(lang)))), base: '/' };
	});
	afterAll(() => console.log(`\nSearch relevance (${lang}): ${passed} cases passed`));

	const search = (query: string): Promise<SearchOutcome> => runSearch(own, query, async () => theirs, lang);

	async function expectFirst(query: string, expected: string | readonly string[]): Promise<SearchOutcome> {
		const accepted = typeof expected === 'string' ? [expected] : expected;
		const outcome = await search(query);
		const top = outcome.hits.slice(0, 3).map((h) => h.url);
		expect(accepted, `[${lang}] query ${JSON.stringify(query)} → top: ${top.join(' , ') || '(nothing)'}`).toContain(top[0]);
		passed++;
		return outcome;
	}

	// Every searchable value, with every row of this edition that holds exactly that value.
	// Each code value (path, command, address, port) is a query; any row holding exactly that value, of any kind, is a right answer.
	const byValue = new Map<string, Set<string>>();
	for (const row of content.rows) {
		for (const cell of Object.values(row.values)) {
			for (const value of cellValues(cell)) if (CODE_KINDS.has(row.kind) || byValue.has(value)) byValue.set(value, (byValue.get(value) ?? new Set()).add(localizePath(rowPath(row), lang)));
		}
	}
	for (const row of content.rows.filter((r) => !CODE_KINDS.has(r.kind))) {
		for (const cell of Object.values(row.values)) for (const value of cellValues(cell)) byValue.get(value)?.add(localizePath(rowPath(row), lang));
	}

	describe(`${lang}: generated: every path, command, CIDR, IP and port value finds its own row first`, () => {
		it.each([...byValue].map(([value, paths]) => [value, [...paths]] as const))('%s', async (value, paths) => {
			await expectFirst(value, paths);
		});
	});

	for (const [name, list] of [
		['queries reported as missed', cases.reported],
		['natural phrasings', cases.natural],
		['exact terms', cases.terms],
	] as const) {
		describe(`${lang}: ${name}`, () => {
			it.each(list)('%s', async (query, expected) => {
				await expectFirst(query, expected);
			});
		});
	}

	describe(`${lang}: typos find the intended entry and say what was searched`, () => {
		it.each(cases.typos)('%s', async (query, expected, corrected) => {
			const outcome = await expectFirst(query, expected);
			expect(outcome.corrected).toBe(corrected);
			expect(statusMessage(outcome, t(lang)).text).toContain(corrected);
		});
	});

	describe(`${lang}: queries that match nothing end with a helpful message`, () => {
		it.each(cases.noMatch.map((q) => [q]))('%s', async (query) => {
			const outcome = await search(query);
			expect(outcome.hits, `[${lang}] ${JSON.stringify(query)} should match nothing`).toEqual([]);
			const message = statusMessage(outcome, t(lang));
			expect(message.text).toContain(t(lang).searchNoResults);
			expect(message.text).toContain(t(lang).searchTryHint);
			expect(message.otherEdition).toBe(true);
			passed++;
		});
	});
}
