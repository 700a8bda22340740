// html-validate over every built page, with the project's .htmlvalidate.json (html-validate:recommended).
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { DIST, distHtmlFiles } from '../helpers/dist-files';

// .htmlvalidate.json departs from html-validate:recommended in three narrow ways, each proven below to allow
// only what it must: role="list" on lists, role="listbox" for the search popup, and unnamed nested <aside>.
const validator = new HtmlValidate(new FileSystemConfigLoader());

function describeMessages(file: string, messages: Message[]): string[] {
	return messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? 'document'})`);
}

describe('html-validate (html-validate:recommended + .htmlvalidate.json)', () => {
	for (const file of distHtmlFiles()) {
		it(`dist/${file} has no errors`, async () => {
			const report = await validator.validateFile(join(DIST, file));
			const messages = report.results.flatMap((r) => r.messages);
			expect(describeMessages(`dist/${file}`, messages)).toEqual([]);
			// The table pages are several hundred KB with one column per distribution; validating them
			// takes longer than the default 5 s on a loaded machine.
		}, 30_000);
	}

	it('reports planted errors with this config (the check can fail)', async () => {
		// A file name under the project root, so the same .htmlvalidate.json applies.
		const planted =
			'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Planted</title></head><body>' +
			'<main><p>unclosed <b>bold</p><img src="/x.png"><div style="color: red">inline</div>' +
			'<a href="/x/" onclick="go()">x</a><nav></nav><nav></nav><p id="dup">a</p><p id="dup">b</p></main></body></html>';
		const report = await validator.validateString(planted, join(ROOT, 'tests/build/planted.html'));
		const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
		expect(report.valid).toBe(false);
		for (const rule of ['close-order', 'wcag/h37', 'no-inline-style', 'unique-landmark', 'no-dup-id']) expect(rules, rule).toContain(rule);
	});

	/** Rule ids and selectors html-validate reports for a snippet inside a valid page, under the project config. */
	async function reported(body: string, rule: string): Promise<string[]> {
		const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title></head><body><main>${body}</main></body></html>`;
		const report = await validator.validateString(html, join(ROOT, 'tests/build/snippet.html'));
		return report.results.flatMap((r) => r.messages.filter((m) => m.ruleId === rule).map((m) => m.selector ?? ''));
	}

	it('allows role="list" on a list (WebKit and VoiceOver drop list semantics under list-style: none), still reports other redundant roles', async () => {
		expect(await reported('<ul role="list"><li>a</li></ul><nav role="navigation" aria-label="x"><a href="/">x</a></nav>', 'no-redundant-role')).toEqual(['html > body > main > nav']);
	});

	it('allows role="listbox" (the popup of the ARIA 1.2 search combobox), still asks for native elements elsewhere', async () => {
		expect(await reported('<div role="listbox" aria-label="Results"></div><div role="button" tabindex="0">x</div>', 'prefer-native-element')).toEqual(['html > body > main > div:nth-child(2)']);
	});

	it('still treats an unnamed top-level <aside> as a landmark (the element override is narrow)', async () => {
		const html =
			'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Asides</title></head><body>' +
			'<main><article><aside>note</aside><aside>note</aside></article></main><aside>a</aside><aside>b</aside></body></html>';
		const report = await validator.validateString(html, join(ROOT, 'tests/build/asides.html'));
		const selectors = report.results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'unique-landmark').map((m) => m.selector));
		expect(selectors).toEqual(['html > body > aside:nth-child(2)', 'html > body > aside:nth-child(3)']);
	});
});
