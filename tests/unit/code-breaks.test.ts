import { describe, expect, it } from 'vitest';
import { breakableCodeHtml } from '../../src/lib/code-breaks';
import { highlightCommand } from '../../src/lib/highlight';
import { ownRelease } from '../../src/lib/values';
import { rowStartLines } from '../../src/lib/tables';

describe('breakableCodeHtml', () => {
	it('keeps a flag with leading dashes on one line', () => {
		expect(breakableCodeHtml('--single')).toBe('<span class="nb">--single</span>');
		expect(breakableCodeHtml('--system-default-registry')).toBe('<span class="nb">--system-default-registry</span>');
	});

	it('allows a break after =, / and , and nowhere inside a word', () => {
		expect(breakableCodeHtml('--disable=servicelb')).toBe('<span class="nb">--disable=</span><wbr>servicelb');
		expect(breakableCodeHtml('/var/lib/k0s')).toBe('/<wbr>var/<wbr>lib/<wbr>k0s');
		expect(breakableCodeHtml('a,b')).toBe('a,<wbr>b');
	});

	it('relies on the space itself after a space, and keeps the text exactly', () => {
		const html = breakableCodeHtml('k3s server --cluster-init');
		expect(html).toBe('k3s server <span class="nb">--cluster-init</span>');
		expect(html.replace(/<[^>]+>/g, '')).toBe('k3s server --cluster-init');
	});

	it('lets CJK text wrap between characters, and keeps line breaks', () => {
		expect(breakableCodeHtml('核心都使用 kine')).toBe('核心都使用 kine');
		expect(breakableCodeHtml('a\nb')).toBe('a<br>b');
	});

	it('escapes markup in the value', () => {
		expect(breakableCodeHtml('<b>&')).toBe('<span class="nb">&#x3C;b>&#x26;</span>');
	});

	it('makes highlighted commands breakable too, without changing their text', async () => {
		const html = await highlightCommand('k3s server --disable=servicelb --write-kubeconfig-mode=644');
		expect(html).toContain('<wbr>');
		// The flag and its = stay together even where highlighting splits them into tokens.
		expect(html).toMatch(/<span class="nb">(<span[^>]*>[^<]*<\/span>)+<\/span><wbr>/);
		expect(html).not.toMatch(/-<\/span><wbr>/);
		expect(html.replace(/<[^>]+>/g, '')).toBe('k3s server --disable=servicelb --write-kubeconfig-mode=644');
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
