import { describe, expect, it } from 'vitest';
import { breakableCode, mergePieces, plainLines } from '../../src/lib/code-breaks';
import { highlightCommand } from '../../src/lib/highlight';
import { ownRelease } from '../../src/lib/values';
import { rowStartLines } from '../../src/lib/tables';

const code = (text: string) => breakableCode(plainLines(text));
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('breakableCode', () => {
	it('keeps a flag with leading dashes on one line (the code element itself when it is one segment)', () => {
		expect(code('--single')).toBe('<code class="nb">--single</code>');
		expect(code('--system-default-registry')).toBe('<code class="nb">--system-default-registry</code>');
	});

	it('allows a break after =, / and , and nowhere inside a word', () => {
		expect(code('--disable=servicelb')).toBe('<code><span class="nb">--disable=</span><wbr>servicelb</code>');
		expect(code('/var/lib/k0s')).toBe('<code>/<wbr>var/<wbr>lib/<wbr>k0s</code>');
		expect(code('a,b')).toBe('<code>a,<wbr>b</code>');
	});

	it('relies on the space itself after a space, and keeps the text exactly', () => {
		const html = code('k3s server --cluster-init');
		expect(html).toBe('<code>k3s server <span class="nb">--cluster-init</span></code>');
		expect(textOf(html)).toBe('k3s server --cluster-init');
	});

	it('lets CJK text wrap between characters, and keeps line breaks', () => {
		expect(code('核心都使用 kine')).toBe('<code>核心都使用 kine</code>');
		expect(code('a\nb')).toBe('<code>a<br>b</code>');
	});

	it('escapes markup in the value and carries the class and language given', () => {
		expect(code('<b>&')).toBe('<code class="nb">&#x3C;b>&#x26;</code>');
		expect(breakableCode(plainLines('--single'), { className: 'value-code', lang: 'zh-CN' })).toBe('<code class="value-code nb" lang="zh-CN">--single</code>');
	});

	it('makes highlighted commands breakable too, without changing their text', async () => {
		const html = breakableCode(await highlightCommand('k3s server --disable=servicelb --write-kubeconfig-mode=644'));
		expect(html).toContain('<wbr>');
		// The flag and its = stay together even where highlighting splits them into tokens.
		expect(html).toMatch(/<span class="[^"]*\bnb\b[^"]*">(<span[^>]*>[^<]*<\/span>|[^<]+)+<\/span><wbr>/);
		expect(html).not.toMatch(/-<\/span><wbr>/);
		expect(textOf(html)).toBe('k3s server --disable=servicelb --write-kubeconfig-mode=644');
	});

	it('writes one span per run of one colour: spaces join a token, a one-token segment holds itself', async () => {
		const html = breakableCode(await highlightCommand('k3s server --cluster-init'));
		// The command name, then the arguments (one colour) with the space between them.
		expect(html).not.toMatch(/<span[^>]*> <\/span>/);
		expect(html).not.toMatch(/<span class="nb"><span/);
		expect((html.match(/<span/g) ?? []).length).toBeLessThanOrEqual(3);
		expect(textOf(html)).toBe('k3s server --cluster-init');
	});

	it('keeps a path in one token as one coloured span, with its break points inside', async () => {
		const html = breakableCode(await highlightCommand('sudo rm -rf /var/lib/rancher/k3s/server/db/'));
		expect(html).toMatch(/<span class="[^"]+">\/<wbr>var\/<wbr>lib\/<wbr>rancher\/<wbr>k3s\/<wbr>server\/<wbr>db\/<\/span><\/code>$/);
		expect(textOf(html)).toBe('sudo rm -rf /var/lib/rancher/k3s/server/db/');
	});
});

describe('mergePieces', () => {
	const a = ['shl-1', 'shd-1'];
	const b = ['shl-2', 'shd-2'];
	it('joins neighbours of one colour, and a space with the token before it', () => {
		expect(mergePieces([{ text: 'k3s', className: a }, { text: ' ', className: b }, { text: 'server', className: b }, { text: '-x', className: b }])).toEqual([
			{ text: 'k3s ', className: a },
			{ text: 'server-x', className: b },
		]);
	});

	it('gives leading spaces to the first token, and keeps a space that shows a background', () => {
		expect(mergePieces([{ text: '  ' }, { text: 'k3s', className: a }])).toEqual([{ text: '  k3s', className: a }]);
		const bg = ['shlb-ffeeee'];
		expect(mergePieces([{ text: 'x', className: a }, { text: ' ', className: bg }])).toEqual([{ text: 'x', className: a }, { text: ' ', className: bg }]);
		expect(mergePieces([{ text: ' ' }])).toEqual([{ text: ' ' }]);
	});

	it('leaves its input unchanged', () => {
		const input = [{ text: 'a', className: a }, { text: 'b', className: a }];
		mergePieces(input);
		expect(input).toEqual([{ text: 'a', className: a }, { text: 'b', className: a }]);
	});
});

describe('ownRelease', () => {
	it('is shown only when a value was checked against another release than its column', () => {
		expect(ownRelease('v1.36.3+k0s.2', 'v1.36.3+k0s.2')).toBeUndefined();
		expect(ownRelease('v1.35.1+k0s.0', 'v1.36.3+k0s.2')).toBe('v1.35.1+k0s.0');
	});
});

describe('rowStartLines', () => {
	it('gives the line each entry of rows: starts on', () => {
		const text = ['page: paths', 'rows:', '  - id: a', '    label: A', '', '  # a comment', '  - id: b', '    label: B', ''].join('\n');
		expect(rowStartLines(text)).toEqual([3, 7]);
	});

	it('is empty for a file without a rows list', () => {
		expect(rowStartLines('page: paths\n')).toEqual([]);
		expect(rowStartLines('- just\n- a list\n')).toEqual([]);
	});
});
