// html-validate over every built page, with the project's .htmlvalidate.json (html-validate:recommended).
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { DIST, distHtmlFiles } from '../helpers/dist-files';

/**
 * Every way .htmlvalidate.json departs from html-validate:recommended, with its reason. html-validate's config
 * schema rejects unknown keys (no comment fields), so the reasons live here and a test keeps the two in step.
 * No rule is turned off; two are narrowed and one element's ARIA mapping is corrected.
 */
const DEVIATIONS: Record<string, string> = {
	'no-redundant-role': 'exclude "list": role="list" on list-style:none lists is deliberate (WebKit/VoiceOver drops list semantics without it).',
	'prefer-native-element': 'exclude "listbox": #search-results is the popup of an ARIA 1.2 combobox, which a native <select> cannot be.',
	'elements:aside':
		'tests/helpers/html-validate-elements.mjs: an unnamed <aside> inside article/aside/nav/section is role=generic per HTML-AAM (Chromium, axe), not a landmark, so unique-landmark skips it.',
};

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

	it('.htmlvalidate.json extends recommended and departs from it only as documented', () => {
		const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as {
			extends: string[];
			elements: string[];
			rules: Record<string, unknown>;
		};
		expect(config.extends).toEqual(['html-validate:recommended']);
		expect(config.elements).toEqual(['html5', './tests/helpers/html-validate-elements.mjs']);
		expect(Object.keys(config.rules).sort()).toEqual(Object.keys(DEVIATIONS).filter((k) => !k.startsWith('elements:')).sort());
		for (const [rule, setting] of Object.entries(config.rules)) expect([rule, JSON.stringify(setting)]).not.toContain('"off"');
	});

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

	it('still treats an unnamed top-level <aside> as a landmark (the element override is narrow)', async () => {
		const html =
			'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Asides</title></head><body>' +
			'<main><article><aside>note</aside><aside>note</aside></article></main><aside>a</aside><aside>b</aside></body></html>';
		const report = await validator.validateString(html, join(ROOT, 'tests/build/asides.html'));
		const selectors = report.results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'unique-landmark').map((m) => m.selector));
		expect(selectors).toEqual(['html > body > aside:nth-child(2)', 'html > body > aside:nth-child(3)']);
	});
});
