// The facts corrected on re-check render in both editions, and none of the wrong claims survives in dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { DIST, readDist } from '../helpers/dist-files';

const pages = readDist();
const EDITIONS = ['', 'zh/'];

function findById(node: Root | Element, id: string): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.properties.id === id) return child;
		const found = findById(child, id);
		if (found) return found;
	}
	return undefined;
}

function textOf(node: ElementContent | Root): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textOf(c as ElementContent)).join('');
	return '';
}

const trees = new Map<string, Root>();
function tree(file: string): Root {
	const html = pages.get(file);
	if (!html) throw new Error(`dist/${file} is missing`);
	if (!trees.has(file)) trees.set(file, fromHtml(html));
	return trees.get(file)!;
}

/** The `<td data-distro>` of a row on a built page, as its element. */
function cell(file: string, rowId: string, distro: string): Element {
	const row = findById(tree(file), rowId);
	if (!row) throw new Error(`dist/${file} has no row #${rowId}`);
	const td = row.children.find((c): c is Element => c.type === 'element' && c.tagName === 'td' && c.properties.dataDistro === distro);
	if (!td) throw new Error(`row #${rowId} on dist/${file} has no ${distro} cell`);
	return td;
}

function links(el: Element): string[] {
	const out: string[] = [];
	const walk = (node: Element) => {
		if (node.tagName === 'a' && typeof node.properties.href === 'string') out.push(node.properties.href);
		for (const c of node.children) if (c.type === 'element') walk(c);
	};
	walk(el);
	return out;
}

const hasUnverifiedBadge = (el: Element) => /badge--unverified/.test(JSON.stringify(el));

describe.each(EDITIONS)('errata in the edition at /%s', (dir) => {
	it('k3s certificates: renewed within 120 days, 90 only before the May 2025 releases, with the docs page as source', () => {
		const td = cell(`${dir}compare/index.html`, 'certificates', 'k3s');
		expect(textOf(td)).toMatch(/120/);
		expect(textOf(td)).toMatch(/v1\.33\.1\+k3s1/);
		expect(links(td)).toContain('https://docs.k3s.io/cli/certificate');
	});

	it('k0s WireGuard: the Calico setting is named, no port is invented', () => {
		const td = cell(`${dir}paths/index.html`, 'port-wireguard', 'k0s');
		expect(textOf(td)).toContain('spec.network.calico.wireguard');
		expect(JSON.stringify(td)).toContain('badge--null');
		expect(links(td)).toContain('https://github.com/k0sproject/k0s/blob/main/docs/configuration.md');
	});

	it('k0s bundled components: NLLB backed by Envoy or Traefik', () => {
		const td = cell(`${dir}compare/index.html`, 'bundled-components', 'k0s');
		expect(textOf(td)).toMatch(/Envoy/);
		expect(textOf(td)).toMatch(/Traefik/);
		expect(links(td)).toContain('https://github.com/k0sproject/k0s/blob/main/docs/nllb.md');
	});

	it('Traefik note: optional in k0s (an NLLB backend), default in k3s', () => {
		const html = pages.get(`${dir}components/traefik/index.html`) ?? '';
		expect(html).toMatch(/class="bundling bundling--optional"><strong>k0s/);
		expect(html).toMatch(/class="bundling bundling--default"><strong>k3s/);
		expect(html).toContain('NLLB');
	});

	it('k3s backups cite the moved page and say to copy server/db/ for SQLite', () => {
		for (const [file, row] of [[`${dir}compare/index.html`, 'backup-scope'], [`${dir}commands/index.html`, 'cmd-backup']] as const) {
			const td = cell(file, row, 'k3s');
			expect(links(td)).toContain('https://docs.k3s.io/datastore/backup-restore');
			expect(textOf(td)).toContain('server/db/');
		}
	});

	it('the confirmed facts carry no "unverified" flag and cite the source code', () => {
		const confirmed = [
			[`${dir}compare/index.html`, 'network-policy', 'k0s', 'https://github.com/k0sproject/k0s/blob/main/pkg/component/controller/kuberouter.go'],
			[`${dir}paths/index.html`, 'containerd-socket', 'k3s', 'https://github.com/k3s-io/k3s/blob/HEAD/pkg/agent/config/config_linux.go'],
			[`${dir}paths/index.html`, 'containerd-root', 'k3s', 'https://github.com/k3s-io/k3s/blob/HEAD/pkg/agent/config/config.go'],
		] as const;
		for (const [file, row, distro, source] of confirmed) {
			const td = cell(file, row, distro);
			expect(hasUnverifiedBadge(td), `${row} ${distro}`).toBe(false);
			expect(links(td)).toContain(source);
		}
	});

	it('the killall script cites its own docs page', () => {
		expect(links(cell(`${dir}paths/index.html`, 'killall-script', 'k3s'))).toContain('https://github.com/k3s-io/docs/blob/HEAD/docs/upgrades/killall.md');
	});

	it('k0s CNCF status mentions its incubation application', () => {
		expect(links(cell(`${dir}compare/index.html`, 'cncf-status', 'k0s'))).toContain('https://github.com/cncf/toc/issues/1962');
	});
});

describe('wrong claims are gone from dist/', () => {
	const WRONG: [string, RegExp][] = [
		['90-day certificate window stated as current', /within 90 days of expiry|不足 90 天/],
		['no WireGuard for k0s Calico', /No WireGuard option is documented|没有为内置的 kube-router 或 Calico 提供 WireGuard/],
		['moved k3s backup page', /docs\/backup-restore\/backup-restore\.md/],
		['downgrades refused by the install script', /Upgrade servers before agents; downgrades are refused|再升级 Agent 节点；(不允许降级|降级会被拒绝)/],
		['live badges that do not exist', /repository badges|仓库徽章/],
		['k0s NetworkPolicy unverified', /No k0s document confirms that its kube-router|没有任何 k0s 文档确认/],
		['Traefik never shipped by k0s', /k0s ships no ingress; Traefik is one of its documented examples/],
	];
	const files = [...pages.keys()].map((f) => [f, pages.get(f)!] as const);
	const data = ['data/rows.json', 'data/commands.json', 'data/comparison.csv'].map((f) => [f, readFileSync(join(DIST, f), 'utf8')] as const);

	it('checks every page of both editions and the data downloads', () => {
		expect(files.some(([f]) => f.startsWith('zh/'))).toBe(true);
		expect(files.length).toBeGreaterThan(40);
		expect(data.every(([, text]) => text.length > 1000)).toBe(true);
	});

	it.each(WRONG)('%s', (_name, pattern) => {
		const hits = [...files, ...data].filter(([, text]) => pattern.test(text)).map(([f]) => `dist/${f}`);
		expect(hits).toEqual([]);
	});
});
