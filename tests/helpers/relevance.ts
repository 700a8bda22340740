// One relevance suite per edition: the same query cleaning and ranking code the UI runs,
// against the built Pagefind index of that edition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch, rowIndexFrom } from '../../src/lib/search/engine';
import type { RowIndexEntry } from '../../src/lib/search/rank';
import { cellValues } from '../../src/lib/values';
import { aliasTokens } from '../../src/lib/aliases';
import { excerptParts } from '../../src/lib/search/excerpt';
import { builtHtmlPages } from './dist-files';
import { rowPath } from '../../src/lib/urls';
import { LANG_META, localizePath, type Lang } from '../../src/i18n/langs';
import { loadContent } from './content';
import { loadPagefind, loadRowIndex, type LoadedPagefind } from './pagefind-node';

const CODE_KINDS = new Set(['path', 'command', 'cidr', 'ip', 'port']);

/** Registers the generated and hand-written cases of one edition; prints the pass count. */
export function relevanceSuite(lang: Lang, handWritten: [string, string | string[]][]) {
	const content = loadContent();
	let pagefind: LoadedPagefind;
	let rows: Map<string, RowIndexEntry>;
	let passed = 0;

	beforeAll(async () => {
		pagefind = await loadPagefind(lang === 'en' ? '' : LANG_META[lang].htmlLang.toLowerCase());
		rows = rowIndexFrom(await loadRowIndex(`${LANG_META[lang].prefix.slice(1)}${lang === 'en' ? '' : '/'}search-rows.json`));
	});
	afterAll(() => console.log(`\nSearch relevance (${lang}): ${passed} cases passed`));

	// Hidden alias words (path suffixes such as `rancher/k3s/k3s.yaml`) that appear nowhere as a visible word.
	const visibleWords = new Set(
		builtHtmlPages().flatMap(({ html }) =>
			html
				.replace(/<span class="search-aliases" hidden>[^<]*<\/span>/g, ' ')
				.replace(/<[^>]+>/g, ' ')
				.split(/\s+/),
		),
	);
	const hiddenWords = new Set(content.rows.flatMap((r) => aliasTokens(r)).filter((t) => /[/.]/.test(t) && t.length >= 6 && !visibleWords.has(t)));

	async function expectFirst(query: string, expected: string | readonly string[]) {
		const accepted = typeof expected === 'string' ? [expected] : expected;
		const { hits } = await runSearch(pagefind, rows, query);
		const top = hits.slice(0, 3).map((h) => h.url);
		expect(accepted, `[${lang}] query ${JSON.stringify(query)} → top: ${top.join(' , ') || '(nothing)'}`).toContain(top[0]);
		// Alias words help matching but must never show in what the reader sees. (Checked on the
		// English edition: Pagefind rebuilds Chinese excerpts from segmented words, which split paths.)
		for (const hit of hits.filter((h) => h.excerpt && lang === 'en')) {
			const words = excerptParts(hit.excerpt!).map((p) => p.text).join('').split(/\s+/);
			expect(words.filter((w) => hiddenWords.has(w)), `[${lang}] ${JSON.stringify(query)}: alias words in the excerpt of ${hit.url}`).toEqual([]);
		}
		passed++;
	}

	// Every searchable value, with every row of this edition that holds exactly that value.
	const byValue = new Map<string, Set<string>>();
	for (const row of content.rows.filter((r) => CODE_KINDS.has(r.kind))) {
		for (const cell of Object.values(row.values)) {
			for (const value of cellValues(cell)) byValue.set(value, (byValue.get(value) ?? new Set()).add(localizePath(rowPath(row), lang)));
		}
	}

	describe(`${lang}: generated: every path, command, CIDR, IP and port value finds its own row first`, () => {
		it.each([...byValue].map(([value, paths]) => [value, [...paths]] as const))('%s', async (value, paths) => {
			await expectFirst(value, paths);
		});
	});

	describe(`${lang}: hand-written queries`, () => {
		it.each(handWritten)('%s', async (query, expected) => {
			await expectFirst(query, expected);
		});
	});
}
