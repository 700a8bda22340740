// Diagram layout: computed from the data, boxes never overlap, text fits its box (by the width
// estimate), and every arrow joins the items its connection names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutDiagram, WIDTH, type DiagramLayout } from '../../src/lib/diagram-layout';
import { parseDiagrams } from '../../src/lib/diagrams';
import { textWidth, wrapText } from '../../src/lib/text-width';
import { t } from '../../src/i18n';
import { LANGS, DEFAULT_LANG, type Lang } from '../../src/i18n/langs';
import { NODE_ENDED_ARROWS, layoutProblems, loadDiagrams, loadLocalizedDiagrams } from '../helpers/diagrams';
import { ROOT } from '../helpers/content';

const editions = LANGS.map((lang) => [lang, lang === DEFAULT_LANG ? loadDiagrams() : loadLocalizedDiagrams(lang)] as const);

describe.each(editions)('real diagrams, %s edition', (lang, diagrams) => {
	it.each(diagrams.map((d) => [d.distro, d] as const))('%s: no overlaps, text fits, arrows join their items', (_, diagram) => {
		const layout = layoutDiagram(diagram, t(lang as Lang));
		expect(layoutProblems(layout, diagram)).toEqual([]);
		// The real data is arranged so that every arrow reaches the exact items, not just their nodes,
		// except the few connections listed in NODE_ENDED_ARROWS (layoutProblems checks their node ends).
		const nodeEnded = NODE_ENDED_ARROWS[diagram.distro] ?? [];
		for (const c of diagram.connections) {
			const arrow = layout.arrows.find((a) => a.id === c.id);
			expect(arrow, c.id).toBeDefined();
			if (!nodeEnded.includes(c.id)) expect([arrow!.fromBox, arrow!.toBox]).toEqual([c.from, c.to]);
		}
		expect(layout.width).toBe(WIDTH);
	});
});

const fixture = () => parseDiagrams([{ path: 'tests/fixtures/diagrams/k3s.yaml', text: readFileSync(join(ROOT, 'tests/fixtures/diagrams/k3s.yaml'), 'utf8') }], ['k3s'])[0]!;

describe('layout of a three-node fixture', () => {
	const diagram = fixture();
	const layout = layoutDiagram(diagram, t('en'));

	it('is sound, in both editions’ wording', () => {
		expect(layoutProblems(layout, diagram)).toEqual([]);
		expect(layoutProblems(layoutDiagram(diagram, t('zh')), diagram)).toEqual([]);
	});

	it('stacks the control plane above the workers, with a band between each pair', () => {
		const nodes = layout.frames.filter((f) => f.kind === 'node');
		expect(nodes.map((n) => n.id)).toEqual(['server', 'agent-a', 'agent-b']);
		for (const [i, n] of nodes.slice(1).entries()) expect(n.y - (nodes[i]!.y + nodes[i]!.h)).toBeGreaterThanOrEqual(84);
	});

	it('points each arrow from the dialling side to the target, up or down', () => {
		const arrow = (id: string) => layout.arrows.find((a) => a.id === id)!;
		expect(arrow('tunnel')).toMatchObject({ fromBox: 'agent', toBox: 'k3s-server' });
		expect(arrow('tunnel').y2).toBeLessThan(arrow('tunnel').y1);
		// kube-apiserver is listed before the datastore, but it connects downward: it is drawn last so the arrow reaches it.
		expect(arrow('logs')).toMatchObject({ fromBox: 'apiserver', toBox: 'kubelet' });
		expect(arrow('logs').y2).toBeGreaterThan(arrow('logs').y1);
		expect(arrow('second-tunnel')).toMatchObject({ fromBox: 'agent-b-process', toBox: 'agent-a' });
	});

	it('starts an arrow at the node when no straight line leaves its item', () => {
		const blocked = fixture();
		// The full-width datastore chip now connects downward too and is drawn last, under kube-apiserver.
		blocked.connections.push({ id: 'metrics', from: 'datastore', to: 'kubelet', ports: ['10250/tcp'], label: 'metrics' });
		const l = layoutDiagram(blocked, t('en'));
		expect(layoutProblems(l, blocked)).toEqual([]);
		expect(l.arrows.find((a) => a.id === 'logs')).toMatchObject({ fromBox: 'server', toBox: 'kubelet' });
		expect(l.arrows.map((a) => a.id).sort()).toEqual(['logs', 'metrics', 'second-tunnel', 'tunnel']);
	});

	it('names the target and port under each label', () => {
		expect(layout.arrows.find((a) => a.id === 'tunnel')!.lines.map((l) => l.text)).toEqual(['websocket tunnel', 'k3s server · 6443/tcp']);
		expect(layout.arrows.find((a) => a.id === 'second-tunnel')!.lines.at(-1)!.text).toBe('6443/tcp');
	});

	it('shows in the legend only the kinds it draws', () => {
		expect(layout.legend.map((e) => e.kind)).toEqual(['process', 'built-in', 'pod']);
		const k0sLayout = layoutDiagram(loadDiagrams().find((d) => d.distro === 'k0s')!, t('en'));
		expect(k0sLayout.legend.map((e) => e.kind)).toEqual(['process', 'pod']);
	});

	it('makes room for long text instead of letting it overflow', () => {
		const long = fixture();
		long.nodes[1]!.label = '一个名字非常非常长的控制平面节点，它的标签需要折成好几行才能放得下，而且还要更长一些';
		long.nodes[1]!.processes[0]!.components[1]!.note = 'a very long explanation that will never fit on one line of a chip, however wide';
		long.connections[0]!.label = '一条说明文字很长的隧道，代理主动连接服务器并保持连接';
		const stretched = layoutDiagram(long, t('zh'));
		expect(layoutProblems(stretched, long)).toEqual([]);
		const server = stretched.frames.find((f) => f.id === 'server')!;
		expect(server.lines.length).toBeGreaterThan(1);
		expect(stretched.chips.find((c) => c.id === 'datastore')!.lines.length).toBeGreaterThan(1);
		expect(stretched.height).toBeGreaterThan(layoutDiagram(fixture(), t('zh')).height);
	});
});

describe('the layout check itself', () => {
	const diagram = fixture();
	const sound = () => layoutDiagram(diagram, t('en'));
	const broken = (change: (l: DiagramLayout) => void) => {
		const layout = sound();
		change(layout);
		return layoutProblems(layout, diagram);
	};

	it('finds overlapping boxes', () => {
		expect(broken((l) => Object.assign(l.chips[1]!, { x: l.chips[0]!.x, y: l.chips[0]!.y }))).toContainEqual(expect.stringMatching(/overlap/));
	});

	it('finds text wider than its box', () => {
		expect(broken((l) => (l.chips[0]!.lines[0]!.width = 1000))).toContainEqual(expect.stringMatching(/does not fit/));
	});

	it('finds an arrow that misses its item or starts on the wrong one', () => {
		expect(broken((l) => (l.arrows[0]!.x = 2))).toContainEqual(expect.stringMatching(/misses/));
		expect(broken((l) => (l.arrows[0]!.fromBox = 'containerd'))).toContainEqual(expect.stringMatching(/starts on containerd/));
		expect(broken((l) => (l.arrows[0]!.y1 += 20))).toContainEqual(expect.stringMatching(/does not start on the edge/));
	});

	it('finds an arrow crossing a box and a label crossing an arrow', () => {
		const tunnel = sound().arrows.find((a) => a.id === 'tunnel')!;
		const middle = (tunnel.y1 + tunnel.y2) / 2;
		const obstacle = { id: 'obstacle', kind: 'process' as const, x: tunnel.x - 10, y: middle - 5, w: 20, h: 10, lines: [], node: 'server' };
		expect(broken((l) => l.chips.push(obstacle))).toContainEqual('arrow tunnel crosses obstacle');
		expect(
			broken((l) => Object.assign(l.arrows.find((a) => a.id === 'logs')!.lines[0]!, { x: tunnel.x, y: middle, anchor: 'middle' })),
		).toContainEqual(expect.stringMatching(/of logs crosses arrow tunnel/));
	});
});

describe('text width and wrapping', () => {
	it('counts a CJK character as one em and Latin narrower', () => {
		expect(textWidth('节点', 13)).toBe(26);
		expect(textWidth('no', 13)).toBeLessThan(26);
		expect(textWidth('no', 13, true)).toBeGreaterThan(textWidth('no', 13));
	});

	it('wraps Chinese between characters, never before a comma or after an opening bracket', () => {
		const lines = wrapText('WebSocket 隧道（remotedialer）：agent 主动连接，并保持连接', 150, 12, true);
		expect(lines.join(' ').replace(/\s+/g, '')).toBe('WebSocket隧道（remotedialer）：agent主动连接，并保持连接');
		for (const line of lines) {
			expect(line).not.toMatch(/^[，：）]/);
			expect(line).not.toMatch(/（$/);
		}
		expect(lines.length).toBeGreaterThan(1);
	});

	it('keeps a word longer than the line whole', () => {
		expect(wrapText('kube-controller-manager', 40, 13)).toEqual(['kube-controller-manager']);
	});
});
