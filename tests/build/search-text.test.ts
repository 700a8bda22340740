// Pagefind puts a space only around some block elements (p, td, li, div, headings…) when it reads a
// page, so the last word of a <dt>, <th> or <caption> can be glued to the next one ("bundledNot").
// Neither word is then found, and the excerpt under the result reads wrong. Every word Pagefind indexed
// must be a word the reader sees on the page (its text as the browser lays it out, blocks apart).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist-files';

/** What Pagefind extracted from each page: the fragments of its index (gzip, then a `pagefind_dcd` marker, then JSON). */
function indexedPages(): { url: string; content: string }[] {
	const dir = join(DIST, 'pagefind/fragment');
	return readdirSync(dir).map((name) => {
		const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
	});
}

/** The words of a text, lower-cased, without the punctuation around them (`nodes.` → `nodes`). */
const words = (text: string) =>
	text
		.split(/\s+/)
		.map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '').toLowerCase())
		.filter(Boolean);

/** Indexed words that are two seen words run together: `bundlednot` when the page shows `bundled` and `not`. */
function gluedWords(indexed: string, seen: ReadonlySet<string>): string[] {
	return [...new Set(words(indexed))].flatMap((word) => {
		if (seen.has(word)) return [];
		const chars = [...word];
		for (let i = 1; i < chars.length; i++) {
			const [head, tail] = [chars.slice(0, i).join(''), chars.slice(i).join('')];
			if (seen.has(head) && seen.has(tail)) return [`${head}|${tail}`];
		}
		return [];
	});
}

describe('the search index reads pages as a reader does', () => {
	it('spots two words run together, and nothing else', () => {
		const seen = new Set(['k3s', 'not', 'bundled', 'shipped', '主要差异', '对比项']);
		expect(gluedWords('k3s not bundledNot shipped.', seen)).toEqual(['bundled|not']);
		expect(gluedWords('主要差异对比项', seen)).toEqual(['主要差异|对比项']);
		expect(gluedWords('k3s not bundled. Not shipped', seen)).toEqual([]);
	});

	const pages = indexedPages();
	it.each(pages.map((p) => [p.url, p] as const))('no two words of %s are glued together in the index', (url, page) => {
		const file = join(DIST, url.replace(/^\//, ''), url.endsWith('/') ? 'index.html' : '');
		const seen = new Set(words(toText(fromHtml(readFileSync(file, 'utf8')))));
		expect(gluedWords(page.content, seen)).toEqual([]);
	});
});
