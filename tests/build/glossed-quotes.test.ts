// English pages quote the Chinese original note; every quote must carry an English rendering next to it.
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { langOfPath } from '../../src/i18n/langs';
import { readDist, sitePath } from '../helpers/dist-files';
import { unglossedChinese, unmarkedChinese } from '../helpers/glossed-quotes';

const english = [...readDist()].filter(([file]) => langOfPath(sitePath(file)) === 'en');
// Each page parsed once for both checks.
const englishTrees = english.map(([file, html]) => [file, fromHtml(html)] as const);

describe('Chinese quotes on English pages', () => {
	it('the English edition has pages, and its comparison quotes the note with glosses', () => {
		expect(english.length).toBeGreaterThan(20);
		const compare = english.find(([file]) => file === 'compare/index.html')?.[1] ?? '';
		expect(compare.match(/<code lang="zh-CN">/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
		expect(compare.match(/class="gloss"/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
	});

	it('no English page shows Chinese text without an English gloss beside it', () => {
		const problems = englishTrees.flatMap(([file, tree]) => unglossedChinese(tree).map((text) => `dist/${file}: "${text}"`));
		expect(problems, `Chinese text with no English gloss:\n${problems.join('\n')}`).toEqual([]);
	});

	it('all Chinese on an English page is marked lang="zh…", so the browser gives it a Simplified Chinese font', () => {
		const problems = englishTrees.flatMap(([file, tree]) => unmarkedChinese(tree).map((text) => `dist/${file}: "${text}"`));
		expect(problems, `Chinese text not marked lang="zh-CN":\n${problems.join('\n')}`).toEqual([]);
	});
});
