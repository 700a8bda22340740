// Small pure helpers: URLs, cell values, headings and Shiki's style-to-class transform.
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light';
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { extractHeadings, markdownHeadings } from '../../src/lib/headings';
import { CODE_THEMES, declarationToClass, paletteCss, styleToClasses } from '../../src/lib/shiki-classes';
import { absoluteUrl, columnsPath, componentPath, docPath, blobUrl, pairPath, rowPath, sourceLabel, sourceName, withBase } from '../../src/lib/urls';
import { cellValues, parseRating, rowValueKeys, rowValuesDiffer, splitInlineCode } from '../../src/lib/values';
import { differsAmong } from '../../src/lib/columns';
import type { Row } from '../../src/schemas/row';

function cell(value: string | string[] | null): Row['values'][string] {
	return { value, sources: ['https://example.org/source'], asOf: 'v1.0.0' };
}

describe('withBase', () => {
	it('leaves a site path alone under the root base', () => {
		expect(withBase('/', '/paths/')).toBe('/paths/');
		expect(withBase('/', '/')).toBe('/');
	});

	it('prefixes a sub-path base once', () => {
		expect(withBase('/sub/', '/paths/')).toBe('/sub/paths/');
		expect(withBase('/sub/', '/')).toBe('/sub/');
	});

	it('accepts a base without a trailing slash and a path without a leading one', () => {
		expect(withBase('/sub', 'paths/')).toBe('/sub/paths/');
	});
});

describe('site paths', () => {
	it('rowPath is the page route with the row id as anchor', () => {
		expect(rowPath({ page: 'paths', id: 'kubeconfig' })).toBe('/paths/#kubeconfig');
		expect(rowPath({ page: 'commands', id: 'cmd-backup' })).toBe('/commands/#cmd-backup');
		expect(rowPath({ page: 'compare', id: 'vendor' })).toBe('/compare/#vendor');
	});

	it('pairPath puts the ids in alphabetical order, so each pair has one page', () => {
		expect(pairPath('k3s', 'k0s')).toBe('/k0s-vs-k3s/');
		expect(pairPath('rke2', 'k3s')).toBe('/k3s-vs-rke2/');
	});

	it('columnsPath opens Compare with the columns given, in the order given', () => {
		expect(columnsPath(['k0s', 'k3s', 'rke2'])).toBe('/compare/?d=k0s,k3s,rke2');
	});

	it('componentPath and docPath', () => {
		expect(componentPath('kine')).toBe('/components/kine/');
		expect(docPath('index')).toBe('/');
		expect(docPath('paths')).toBe('/paths/');
	});
});

describe('absoluteUrl', () => {
	it('joins the site, the base and the path', () => {
		expect(absoluteUrl('https://example.org', '/', '/paths/')).toBe('https://example.org/paths/');
		expect(absoluteUrl('https://example.org', '/sub/', '/paths/#kubeconfig')).toBe('https://example.org/sub/paths/#kubeconfig');
	});

	it('does not repeat the base when the site URL already contains it', () => {
		expect(absoluteUrl('https://example.org/sub/', '/sub/', '/paths/')).toBe('https://example.org/sub/paths/');
	});
});

describe('blobUrl', () => {
	it('builds the GitHub page of a file (a #L<line> after it opens one line)', () => {
		expect(blobUrl('https://github.com/owner/repo', 'main', 'content/data/tables/paths.yaml')).toBe(
			'https://github.com/owner/repo/blob/main/content/data/tables/paths.yaml',
		);
	});

	it('does not double the slash after a repository URL that ends with one', () => {
		expect(blobUrl('https://github.com/owner/repo/', 'main', 'a.yaml')).toBe('https://github.com/owner/repo/blob/main/a.yaml');
	});
});

describe('sourceName', () => {
	it('names the host and the file of a GitHub source', () => {
		expect(sourceName('https://github.com/k0sproject/k0s/blob/main/docs/runtime.md')).toBe('github.com k0sproject/k0s: runtime.md');
	});

	it('does not repeat a host the label already starts with', () => {
		expect(sourceName('https://docs.k3s.io/installation/configuration')).toBe('docs.k3s.io: configuration');
	});
});

describe('sourceLabel', () => {
	it('labels a GitHub blob URL as owner/repo: file', () => {
		expect(sourceLabel('https://github.com/k0sproject/k0s/blob/main/pkg/constant/constant_unix.go')).toBe('k0sproject/k0s: constant_unix.go');
	});

	it('labels a GitHub repository URL as owner/repo', () => {
		expect(sourceLabel('https://github.com/k3s-io/k3s')).toBe('k3s-io/k3s');
	});

	it('labels other sites as host: last segment, without www', () => {
		expect(sourceLabel('https://docs.k3s.io/installation/configuration')).toBe('docs.k3s.io: configuration');
		expect(sourceLabel('https://www.example.org/a/b/')).toBe('example.org: b');
		expect(sourceLabel('https://docs.k0sproject.io/')).toBe('docs.k0sproject.io');
	});
});

describe('cellValues', () => {
	it('wraps a single value, keeps a list, and gives nothing for null', () => {
		expect(cellValues({ value: '/etc/k0s/k0s.yaml' })).toEqual(['/etc/k0s/k0s.yaml']);
		expect(cellValues({ value: ['a', 'b'] })).toEqual(['a', 'b']);
		expect(cellValues({ value: null })).toEqual([]);
	});
});

describe('rowValueKeys', () => {
	const row = (values: Record<string, string | string[] | null>) => ({ values: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, sources: [], asOf: '' }])) }) as Parameters<typeof rowValueKeys>[0];

	it('gives equal value lists equal keys and different ones different keys, within the row', () => {
		expect(rowValueKeys(row({ a: 'containerd', b: ['containerd'], c: 'cri-o' }), ['a', 'b', 'c'])).toEqual({ a: '0', b: '0', c: '2' });
		expect(rowValueKeys(row({ a: ['x', 'y'], b: ['y', 'x'] }), ['a', 'b'])).toEqual({ a: '0', b: '1' });
		expect(rowValueKeys(row({ a: null, b: '' }), ['a', 'b'])).toEqual({ a: '0', b: '1' });
	});

	it('tells the same differences as rowValuesDiffer for any choice of columns', () => {
		const r = row({ a: 'x', b: 'y', c: 'x', d: null });
		const ids = ['a', 'b', 'c', 'd'];
		const keys = rowValueKeys(r, ids);
		for (const pick of [['a', 'c'], ['a', 'b'], ['b', 'd'], ['a', 'c', 'd'], ids]) {
			expect(differsAmong(pick.map((id) => keys[id])), pick.join(',')).toBe(rowValuesDiffer(r, pick));
		}
	});
});

describe('rowValuesDiffer', () => {
	const ids = ['k0s', 'k3s'];

	it('is false when every distro has the same value', () => {
		expect(rowValuesDiffer({ values: { k0s: cell('containerd'), k3s: cell('containerd') } }, ids)).toBe(false);
		expect(rowValuesDiffer({ values: { k0s: cell(['a', 'b']), k3s: cell(['a', 'b']) } }, ids)).toBe(false);
	});

	it('is false when a single value equals a one-item list', () => {
		expect(rowValuesDiffer({ values: { k0s: cell('a'), k3s: cell(['a']) } }, ids)).toBe(false);
	});

	it('is true when the contents differ', () => {
		expect(rowValuesDiffer({ values: { k0s: cell('/var/lib/k0s'), k3s: cell('/var/lib/rancher/k3s') } }, ids)).toBe(true);
		expect(rowValuesDiffer({ values: { k0s: cell(['a']), k3s: cell(['a', 'b']) } }, ids)).toBe(true);
	});

	it('is true when only the order differs', () => {
		expect(rowValuesDiffer({ values: { k0s: cell(['a', 'b']), k3s: cell(['b', 'a']) } }, ids)).toBe(true);
	});

	it('is true when one distro has no equivalent (null)', () => {
		expect(rowValuesDiffer({ values: { k0s: cell('k0s backup'), k3s: cell(null) } }, ids)).toBe(true);
	});

	it('only compares the distros it is given', () => {
		expect(rowValuesDiffer({ values: { k0s: cell('a'), k3s: cell('b') } }, ['k0s'])).toBe(false);
	});
});

describe('parseRating', () => {
	it('reads score and scale', () => {
		expect(parseRating('2/3')).toEqual({ score: 2, outOf: 3 });
		expect(parseRating('0/5')).toEqual({ score: 0, outOf: 5 });
	});
});

describe('splitInlineCode', () => {
	it('splits backtick spans into code parts', () => {
		expect(splitInlineCode('Pass a file with `-c` or set `K3S_CONFIG_FILE`.')).toEqual([
			{ code: false, text: 'Pass a file with ' },
			{ code: true, text: '-c' },
			{ code: false, text: ' or set ' },
			{ code: true, text: 'K3S_CONFIG_FILE' },
			{ code: false, text: '.' },
		]);
	});

	it('keeps text without code as one plain part', () => {
		expect(splitInlineCode('No code here.')).toEqual([{ code: false, text: 'No code here.' }]);
	});

	it('leaves an unmatched backtick as plain text', () => {
		expect(splitInlineCode('a ` b')).toEqual([{ code: false, text: 'a ` b' }]);
	});

	it('handles a note that is only code', () => {
		expect(splitInlineCode('`k0s status`')).toEqual([{ code: true, text: 'k0s status' }]);
	});
});

describe('extractHeadings', () => {
	const body = [
		'Intro text.',
		'<H2 id="overview">Overview</H2>',
		'<RowTable group="config-files" />',
		'<H3 id="registries">The `registries.yaml` <em>file</em></H3>',
		'<RowTable group="untitled-group" />',
		'<H2 id="last">Last</H2>',
	].join('\n');
	const titles = new Map([['config-files', 'Configuration files']]);

	it('finds explicit-id headings and RowTable groups in document order', () => {
		expect(extractHeadings(body, titles)).toEqual([
			{ level: 2, id: 'overview', text: 'Overview' },
			{ level: 2, id: 'config-files', text: 'Configuration files' },
			{ level: 3, id: 'registries', text: 'The registries.yaml file' },
			{ level: 2, id: 'untitled-group', text: 'untitled-group' },
			{ level: 2, id: 'last', text: 'Last' },
		]);
	});

	it('ignores Markdown headings and mismatched tags', () => {
		expect(extractHeadings('## Markdown\n<H2 id="a">A</H3>\n')).toEqual([]);
	});
});

describe('markdownHeadings', () => {
	it('finds Markdown headings outside code fences', () => {
		expect(markdownHeadings('Text\n## Overview\n### Details\n#hashtag is not a heading\n')).toEqual(['## Overview', '### Details']);
	});

	it('ignores # lines inside ``` and ~~~ fences', () => {
		const body = ['```sh', '# install k3s', 'curl -sfL https://get.k3s.io | sh -', '```', '~~~', '## not a heading', '~~~', '## After'].join('\n');
		expect(markdownHeadings(body)).toEqual(['## After']);
	});

	it('gives nothing for a body with explicit-id headings only', () => {
		expect(markdownHeadings('<H2 id="a">A</H2>\n')).toEqual([]);
	});
});

describe('declarationToClass', () => {
	it('maps theme colours to value-derived classes', () => {
		expect(declarationToClass('--shiki-light:#6F42C1')).toBe('shl-6f42c1');
		expect(declarationToClass('--shiki-dark:#E1E4E8')).toBe('shd-e1e4e8');
		expect(declarationToClass('--shiki-dark-bg:#24292e')).toBe('shdb-24292e');
		expect(declarationToClass('--shiki-light-bg:#fff')).toBe('shlb-fff');
	});

	it('maps font style, weight and decoration', () => {
		expect(declarationToClass('--shiki-dark-font-style:italic')).toBe('shdfs-italic');
		expect(declarationToClass('--shiki-light-font-weight:bold')).toBe('shlfw-bold');
		expect(declarationToClass('--shiki-light-text-decoration:line-through')).toBe('shltd-line_through');
	});

	it('tolerates spaces around the value', () => {
		expect(declarationToClass(' --shiki-light: #6F42C1 ')).toBe('shl-6f42c1');
	});

	it('gives undefined for anything else', () => {
		expect(declarationToClass('color:red')).toBeUndefined();
		expect(declarationToClass('--shiki-sepia:#000')).toBeUndefined();
		expect(declarationToClass('overflow-x:auto')).toBeUndefined();
	});
});

describe('styleToClasses with the real themes', async () => {
	// One sample per language the site highlights (code blocks are sh, yaml and toml; commands are sh).
	const samples = {
		sh: [
			'# Install k3s and read the kubeconfig',
			'curl -sfL https://get.k3s.io | K3S_KUBECONFIG_MODE="644" sh -s - server --cluster-init',
			"sudo k0s kubeconfig admin > ~/.kube/config && echo 'done' # ok",
			'for f in /var/lib/k0s/*.yaml; do cat "$f"; done',
		].join('\n'),
		yaml: ['# k0s.yaml', 'spec:', '  storage:', '    type: kine', '    kine:', '      dataSource: "mysql://k0s:secret@tcp(db:3306)/k0s"', '  replicas: 3', '  enabled: true'].join('\n'),
		toml: ['[plugins."io.containerd.grpc.v1.cri".registry]', 'config_path = "/etc/containerd/certs.d"', 'max = 10'].join('\n'),
	};
	const outputs = await Promise.all(Object.entries(samples).map(([lang, code]) => codeToHtml(code, { lang, themes: CODE_THEMES, defaultColor: false, transformers: [styleToClasses()] })));
	const html = outputs.join('\n');
	const css = paletteCss({ light: githubLight, dark: githubDark });
	const classes = [...new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)))].filter((c) => /^sh[ld]/.test(c));

	it('holds only colours that reach code: no rule for the themes\' editor chrome', () => {
		// github-light's activity bar badge colour is in its palette but on no token.
		expect(githubLight.colors?.['activityBarBadge.background']).toBe('#2188ff');
		expect(css).not.toContain('2188ff');
		expect(css.split('\n').filter(Boolean).length).toBeLessThan(60);
	});

	it('leaves no style attribute in the output', () => {
		expect(html).not.toMatch(/style=/);
	});

	it('produces colour classes for both themes and the background', () => {
		expect(classes.some((c) => c.startsWith('shl-'))).toBe(true);
		expect(classes.some((c) => c.startsWith('shd-'))).toBe(true);
		expect(classes).toContain('shlb-fff');
		expect(classes).toContain('shdb-0d1117');
	});

	it('keeps the code text', () => {
		expect(html).toContain('kubeconfig');
		expect(html).toContain('K3S_KUBECONFIG_MODE');
	});

	it('has a palette rule for every class produced', () => {
		const missing = classes.filter((c) => !css.includes(`.${c}{`));
		expect(missing).toEqual([]);
	});

	it('the palette rule sets the variable Shiki would have set inline', () => {
		expect(css).toContain('.shdb-0d1117{--shiki-dark-bg:#0d1117}');
		expect(css).toContain('.shlfs-italic{--shiki-light-font-style:italic}');
	});
});
