// Pagefind excerpts become text parts, never HTML.
import { describe, expect, it } from 'vitest';
import { excerptParts, type ExcerptPart } from '../../src/lib/search/excerpt';

describe('excerptParts', () => {
	it('splits <mark> runs out of the text', () => {
		expect(excerptParts('the <mark>kubeconfig</mark> file and <mark>k3s</mark>')).toEqual<ExcerptPart[]>([
			{ text: 'the ', mark: false },
			{ text: 'kubeconfig', mark: true },
			{ text: ' file and ', mark: false },
			{ text: 'k3s', mark: true },
		]);
	});

	it('handles adjacent marks and a mark at the start', () => {
		expect(excerptParts('<mark>a</mark><mark>b</mark> c')).toEqual<ExcerptPart[]>([
			{ text: 'a', mark: true },
			{ text: 'b', mark: true },
			{ text: ' c', mark: false },
		]);
	});

	it('decodes entities in plain and marked text', () => {
		expect(excerptParts('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27;&nbsp;<mark>&lt;ip&gt;</mark>')).toEqual<ExcerptPart[]>([
			{ text: 'a <b> & "c" \'d\' ', mark: false },
			{ text: '<ip>', mark: true },
		]);
	});

	it('decodes only once (an escaped entity stays an entity as text)', () => {
		expect(excerptParts('&amp;lt;script&amp;gt;')).toEqual<ExcerptPart[]>([{ text: '&lt;script&gt;', mark: false }]);
	});

	it('keeps other tag-like text literal, in a non-mark part', () => {
		const parts = excerptParts('before <img src=x onerror=alert(1)> <mark>k0s</mark>');
		expect(parts).toEqual<ExcerptPart[]>([
			{ text: 'before <img src=x onerror=alert(1)> ', mark: false },
			{ text: 'k0s', mark: true },
		]);
	});

	it('keeps an encoded tag as literal text after decoding', () => {
		expect(excerptParts('&lt;img src=x onerror=alert(1)&gt;')).toEqual<ExcerptPart[]>([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
	});

	it('does not treat <mark> with attributes or an unclosed <mark> as a mark', () => {
		expect(excerptParts('<mark class="x">a</mark>').every((p) => !p.mark)).toBe(true);
		expect(excerptParts('<mark>open')).toEqual<ExcerptPart[]>([{ text: '<mark>open', mark: false }]);
	});

	it('gives nothing for an empty excerpt', () => {
		expect(excerptParts('')).toEqual([]);
	});

	it('drops empty marks', () => {
		expect(excerptParts('x<mark></mark>y')).toEqual<ExcerptPart[]>([
			{ text: 'x', mark: false },
			{ text: 'y', mark: false },
		]);
	});
});
