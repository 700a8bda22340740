// Every edition's diagrams are complete: each title, caption paragraph, node label, note, connection
// label and source label is translated, nothing is left over, and nothing falls back to English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import { DataErrors } from '../../src/lib/data-error';
import { localizeDiagrams } from '../../src/lib/diagrams';
import { LANGS, DEFAULT_LANG } from '../../src/i18n/langs';
import { ROOT } from '../helpers/content';
import { loadDiagrams, yamlFiles } from '../helpers/diagrams';

const english = loadDiagrams();

/** Every human string of a diagram, with where it sits. */
function humanText(d: (typeof english)[number]): [string, string][] {
	return [
		['title', d.title],
		['description', d.description],
		['heading', d.heading],
		...d.caption.map((p, i): [string, string] => [`caption[${i}]`, p]),
		...d.nodes.flatMap((n): [string, string][] => [
			[n.id, n.label],
			...n.processes.flatMap((p) => [p, ...p.components]).flatMap((x): [string, string][] => (x.note ? [[x.id, x.note]] : [])),
			...n.pods.flatMap((x): [string, string][] => (x.note ? [[x.id, x.note]] : [])),
		]),
		...d.connections.map((c): [string, string] => [c.id, c.label]),
		...d.sources.map((s): [string, string] => [`source ${s.id}`, s.label]),
	];
}

for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
	describe(`${lang} edition diagrams`, () => {
		const dir = `content/i18n/${lang}/diagrams`;

		it('every diagram is translated, completely, with no leftover text', () => {
			const localized = localizeDiagrams(english, yamlFiles(dir), lang, dir);
			expect(localized.map((d) => d.distro)).toEqual(english.map((d) => d.distro));
			for (const [i, d] of localized.entries()) {
				const source = humanText(english[i]!);
				const translated = humanText(d);
				expect(translated.map(([where]) => where)).toEqual(source.map(([where]) => where));
				// Chinese text differs from the English everywhere except where the English is itself a name.
				const same = translated.filter(([, text], j) => text === source[j]![1] && !/^[\x20-\x7e]{1,12}$/.test(text));
				expect(same, `${d.distro}: untranslated`).toEqual([]);
			}
		});
	});
}

describe('the diagram translation check itself', () => {
	const k0s = english.filter((d) => d.distro === 'k0s');
	const path = 'content/i18n/zh/diagrams/k0s.yaml';
	const real = load(readFileSync(join(ROOT, path), 'utf8')) as any;
	const localize = (change: (t: any) => void) => () => {
		const t = structuredClone(real);
		change(t);
		return localizeDiagrams(k0s, [{ path, text: dump(t) }], 'zh', 'content/i18n/zh/diagrams');
	};
	const errors = (change: (t: any) => void) => {
		try {
			localize(change)();
		} catch (error) {
			expect(error).toBeInstanceOf(DataErrors);
			return (error as DataErrors).problems.map((e) => ({ file: e.file, item: e.rowId, field: e.field }));
		}
		throw new Error('expected DataErrors');
	};

	it('the real file passes', () => {
		expect(localize(() => {})()[0]!.nodes[0]!.label).toBe(real.labels.controller);
	});

	it('a missing node label, note or connection label names the file and field', () => {
		expect(errors((t) => delete t.labels.worker)).toEqual([{ file: path, item: 'worker', field: 'labels.worker' }]);
		expect(errors((t) => delete t.labels['kube-router'])).toEqual([{ file: path, item: 'kube-router', field: 'labels.kube-router' }]);
		expect(errors((t) => delete t.labels.join)).toEqual([{ file: path, item: 'join', field: 'labels.join' }]);
	});

	it('a missing source label, title or caption', () => {
		expect(errors((t) => delete t.sources.faq)).toEqual([{ file: path, item: 'faq', field: 'sources.faq' }]);
		expect(errors((t) => delete t.title)).toEqual([{ file: path, item: undefined, field: 'title' }]);
		expect(errors((t) => t.caption.pop())).toEqual([{ file: path, item: undefined, field: 'caption' }]);
	});

	it('stale text: a label or source for something the diagram no longer has', () => {
		expect(errors((t) => (t.labels['kube-proxy'] = '旧的'))).toEqual([{ file: path, item: 'kube-proxy', field: 'labels.kube-proxy' }]);
		expect(errors((t) => (t.labels.etcd = 'etcd 没有注释'))).toEqual([{ file: path, item: 'etcd', field: 'labels.etcd' }]);
		expect(errors((t) => (t.sources.old = '旧链接'))).toEqual([{ file: path, item: 'old', field: 'sources.old' }]);
	});

	it('a translation may not change shared values (names, ports, URLs)', () => {
		expect(errors((t) => (t.nodes = []))).toEqual([{ file: path, item: undefined, field: 'nodes' }]);
	});

	it('a missing file, and a file for a diagram that does not exist', () => {
		expect(() => localizeDiagrams(k0s, [], 'zh', 'content/i18n/zh/diagrams')).toThrowError('content/i18n/zh/diagrams/k0s.yaml: field "(file)": missing zh translation of content/data/diagrams/k0s.yaml');
		expect(() => localizeDiagrams(k0s, [{ path, text: dump(real) }, { path: 'content/i18n/zh/diagrams/rke2.yaml', text: dump(real) }], 'zh', 'content/i18n/zh/diagrams')).toThrowError(
			/rke2\.yaml: field "\(file\)": translation of a diagram that does not exist/,
		);
	});
});
