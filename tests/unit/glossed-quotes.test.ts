import { describe, expect, it } from 'vitest';
import { unglossedChinese, unmarkedChinese } from '../helpers/glossed-quotes';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('unglossedChinese', () => {
	it('accepts a marked quote followed by its gloss', () => {
		expect(unglossedChinese(page('<p>It said <q lang="zh-CN">系统</q> <span class="gloss">(“system”)</span>.</p>'))).toEqual([]);
		expect(unglossedChinese(page('<p><code lang="zh-CN">核心都使用 kine</code> <span class="gloss">“both use kine”</span> (wrong)</p>'))).toEqual([]);
	});

	it('reports a quote without a gloss, an empty or Chinese gloss, and a gloss separated by words', () => {
		expect(unglossedChinese(page('<p>It said <q lang="zh-CN">系统</q>.</p>'))).toEqual(['系统']);
		expect(unglossedChinese(page('<p><q lang="zh-CN">系统</q><span class="gloss">（系统）</span></p>'))).toEqual(['系统', '（系统）']);
		expect(unglossedChinese(page('<p><q lang="zh-CN">系统</q> and then <span class="gloss">system</span></p>'))).toEqual(['系统']);
	});

	it('reports Chinese text that is not marked as a quote at all', () => {
		expect(unglossedChinese(page('<p>Try 备份 in search.</p>'))).toEqual(['Try 备份 in search.']);
	});

	it('ignores hidden search words, scripts and the link to the Chinese edition', () => {
		const html = page('<span hidden>备份 快照</span><script>const s = "中文";</script><a href="/zh/" hreflang="zh-CN" lang="zh-CN">简体中文</a><p>Plain English.</p>');
		expect(unglossedChinese(html)).toEqual([]);
	});
});

describe('unmarkedChinese', () => {
	it('accepts Chinese inside an element marked lang="zh…", at any depth, and hidden Chinese', () => {
		expect(unmarkedChinese(page('<p><q lang="zh-CN">系统 <b>核心</b></q></p><a lang="zh-CN" href="/zh/">简体中文</a><span hidden>备份</span>'))).toEqual([]);
	});

	it('reports Chinese with no mark, and Chinese inside an English island of a Chinese one', () => {
		expect(unmarkedChinese(page('<p>Try 备份 in search.</p>'))).toEqual(['Try 备份 in search.']);
		expect(unmarkedChinese(page('<div lang="zh-CN"><span lang="en">说明</span></div>'))).toEqual(['说明']);
	});
});
