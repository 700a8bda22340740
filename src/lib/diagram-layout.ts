/**
 * Computes an architecture drawing from diagram data: nodes stacked top to bottom (control plane
 * first), the processes and pods of each node in a two-column grid, and the connections between two
 * nodes as vertical arrows through the band between them. Boxes are sized from estimated text widths
 * (`text-width.ts`), so a longer translation makes a box wider or taller instead of overflowing it.
 * Pure: the renderer only draws what this returns.
 */
import type { Diagram, DiagramComponent, DiagramNode, DiagramProcess } from '../schemas/diagram';
import { drawingOrder, itemsOf } from './diagrams';
import { textWidth, wrapText } from './text-width';
import type { UiStrings } from '../i18n/en';

/** How a chip runs: its own process, built into the process around it, or a pod. */
export type ChipKind = 'process' | 'built-in' | 'pod';
/** A machine, a supervisor whose components are child processes, or one process with built-in components. */
export type FrameKind = 'node' | 'supervisor' | 'process';
export type TextRole = 'node' | 'frame' | 'chip' | 'arrow' | 'legend';

/** Font size (px) and weight of each kind of text; the component's CSS uses the same values. */
export const FONTS: Record<TextRole, { size: number; bold: boolean }> = {
	node: { size: 14, bold: true },
	frame: { size: 13, bold: true },
	chip: { size: 13, bold: false },
	arrow: { size: 12, bold: true },
	legend: { size: 12, bold: false },
};

/** The drawing's width in px: the SVG's viewBox, and its minimum rendered width. */
export const WIDTH = 560;
const MARGIN = 8;
const NODE_PAD = 12;
const FRAME_PAD = 12;
const GAP = 8;
const COL_GAP = 16;
const CHIP_PAD = 8;
const LINE = 16;
const NODE_LINE = 18;
const BAND_MIN = 84;
/** Horizontal room an arrow needs around it (head half-width plus clearance). */
const ARROW_CLEAR = 8;
const SWATCH = { w: 20, h: 14 };

export interface TextLine {
	text: string;
	/** Anchor point; `y` is the line's centre (dominant-baseline: central). */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	role: TextRole;
	/** Estimated width in px. */
	width: number;
}

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface FrameBox extends Rect {
	id: string;
	kind: FrameKind;
	lines: TextLine[];
	/** The node it is on, and the frame it is inside (none for a node). */
	node: string;
	parent?: string;
}

export interface ChipBox extends Rect {
	id: string;
	kind: ChipKind;
	lines: TextLine[];
	node: string;
	parent?: string;
}

export interface Arrow {
	id: string;
	/** The boxes the arrow starts and ends on: the connection's items, or their nodes when no straight path reaches them. */
	fromBox: string;
	toBox: string;
	x: number;
	/** Start (the dialling side) and end (the arrowhead). */
	y1: number;
	y2: number;
	lines: TextLine[];
}

export interface LegendEntry {
	kind: ChipKind;
	swatch: Rect;
	label: TextLine;
}

export interface DiagramLayout {
	width: number;
	height: number;
	frames: FrameBox[];
	chips: ChipBox[];
	arrows: Arrow[];
	legend: LegendEntry[];
}

/** The edition's wording around names (`src/i18n`); the labels themselves come translated in the diagram. */
export type DiagramWords = Pick<UiStrings, 'diagramChip' | 'diagramFrame' | 'diagramPorts' | 'diagramLegend'>;

const width = (text: string, role: TextRole) => textWidth(text, FONTS[role].size, FONTS[role].bold);
const fits = (lines: readonly string[], room: number, role: TextRole) => lines.every((l) => width(l, role) <= room);
const wrap = (text: string, room: number, role: TextRole) => wrapText(text, room, FONTS[role].size, FONTS[role].bold);

/** Something drawn as a chip: a component, a process without components, or a pod. */
interface ChipItem {
	id: string;
	kind: ChipKind;
	text: string;
	ports: readonly string[];
}

/** The lines of a chip at a given width, or undefined when it does not fit without wrapping. */
function chipLines(item: ChipItem, boxWidth: number, words: DiagramWords): string[] | undefined {
	const room = boxWidth - 2 * CHIP_PAD;
	const ports = item.ports.join(' · ');
	const options = ports ? [[words.diagramPorts(item.text, ports)], [item.text, ports]] : [[item.text]];
	return options.find((lines) => fits(lines, room, 'chip'));
}

const chipHeight = (lines: number) => 14 + lines * LINE;

/**
 * Places chips row by row in one or two columns inside `area`; a chip too wide for a column takes the
 * whole row, and one too wide for the row wraps. Returns the chips (y relative to `area.y`) and the height used.
 */
function grid(items: readonly ChipItem[], area: { x: number; y: number; w: number }, columns: 1 | 2, node: string, parent: string | undefined, words: DiagramWords) {
	const colW = columns === 2 ? (area.w - COL_GAP) / 2 : area.w;
	const placed: { item: ChipItem; lines: string[]; col: number; span: boolean }[][] = [];
	let row: (typeof placed)[number] = [];
	const flush = () => {
		if (row.length) placed.push(row);
		row = [];
	};
	for (const item of items) {
		const narrow = chipLines(item, colW, words);
		if (narrow && columns === 2) {
			row.push({ item, lines: narrow, col: row.length, span: false });
			if (row.length === 2) flush();
			continue;
		}
		flush();
		const lines = chipLines(item, area.w, words) ?? [...wrap(item.text, area.w - 2 * CHIP_PAD, 'chip'), ...(item.ports.length ? [item.ports.join(' · ')] : [])];
		row.push({ item, lines, col: 0, span: true });
		flush();
	}
	flush();

	const chips: ChipBox[] = [];
	let y = area.y;
	for (const r of placed) {
		const h = chipHeight(Math.max(...r.map((p) => p.lines.length)));
		for (const p of r) {
			const x = p.span ? area.x : area.x + p.col * (colW + COL_GAP);
			const w = p.span ? area.w : colW;
			const lines = p.lines.map((text, i): TextLine => ({ text, x: x + w / 2, y: y + h / 2 + (i - (p.lines.length - 1) / 2) * LINE, anchor: 'middle', role: 'chip', width: width(text, 'chip') }));
			chips.push({ id: p.item.id, kind: p.item.kind, x, y, w, h, lines, node, parent });
		}
		y += h + GAP;
	}
	return { chips, height: placed.length ? y - GAP - area.y : 0 };
}

/** A frame (a process with components) or the loose chips of a node; drawn half width when it fits a column. */
interface Block {
	frame?: DiagramProcess;
	items: ChipItem[];
	/** -1: holds an end of a connection to the node above (drawn first); 1: to the node below (drawn last). */
	side: number;
	half: boolean;
}

const HALF = (WIDTH - 2 * MARGIN - 2 * NODE_PAD - COL_GAP) / 2;

function frameTitle(p: DiagramProcess, words: DiagramWords) {
	const title = words.diagramFrame(p.name, p.note);
	return p.ports.length ? words.diagramPorts(title, p.ports.join(' · ')) : title;
}

function blocksOf(node: DiagramNode, sideOf: (id: string) => number, words: DiagramWords): Block[] {
	const chipOf = (c: DiagramComponent, kind: ChipKind): ChipItem => ({ id: c.id, kind, text: words.diagramChip(c.name, c.note), ports: c.ports });
	// Inside a grid too: chips that connect upward first, downward last, so a straight arrow reaches them.
	const bySide = (items: ChipItem[]) => items.map((item, i) => ({ item, i })).sort((a, z) => sideOf(a.item.id) - sideOf(z.item.id) || a.i - z.i).map(({ item }) => item);
	const blocks: Block[] = [];
	for (const p of node.processes.filter((p) => p.components.length)) {
		const items = bySide(p.components.map((c) => chipOf(c, p.runs === 'child-processes' ? 'process' : 'built-in')));
		const ids = [p.id, ...p.components.map((c) => c.id)];
		const half = items.length <= 3 && fits([frameTitle(p, words)], HALF - 2 * FRAME_PAD, 'frame') && items.every((i) => chipLines(i, HALF - 2 * FRAME_PAD, words));
		blocks.push({ frame: p, items, side: Math.sign(ids.reduce((s, id) => s + sideOf(id), 0)), half });
	}
	const loose = bySide([...node.processes.filter((p) => !p.components.length).map((p) => chipOf(p as DiagramComponent, 'process')), ...node.pods.map((p) => chipOf(p, 'pod'))]);
	if (loose.length) {
		const half = loose.length <= 3 && loose.every((i) => chipLines(i, HALF, words));
		blocks.push({ items: loose, side: Math.sign(loose.reduce((s, i) => s + sideOf(i.id), 0)), half });
	}
	// Stable sort: what connects upward goes to the top, what connects downward to the bottom, so arrows reach it.
	return blocks.map((b, i) => ({ b, i })).sort((a, z) => a.b.side - z.b.side || a.i - z.i).map(({ b }) => b);
}

/** One node's boxes, with y relative to the node's top. */
function layoutNode(node: DiagramNode, sideOf: (id: string) => number, words: DiagramWords) {
	const x = MARGIN;
	const w = WIDTH - 2 * MARGIN;
	const inner = { x: x + NODE_PAD, w: w - 2 * NODE_PAD };
	const labels = wrap(node.label, inner.w, 'node');
	const frames: FrameBox[] = [];
	const chips: ChipBox[] = [];
	let y = 12 + labels.length * NODE_LINE + 4;

	const drawBlock = (block: Block, area: { x: number; y: number; w: number }): number => {
		if (!block.frame) {
			const inset = block.half ? 0 : FRAME_PAD;
			const g = grid(block.items, { x: area.x + inset, y: area.y, w: area.w - 2 * inset }, block.half ? 1 : 2, node.id, undefined, words);
			chips.push(...g.chips);
			return g.height;
		}
		const p = block.frame;
		const titleLines = wrap(frameTitle(p, words), area.w - 2 * FRAME_PAD, 'frame');
		const head = 8 + titleLines.length * LINE + 8;
		const g = grid(block.items, { x: area.x + FRAME_PAD, y: area.y + head, w: area.w - 2 * FRAME_PAD }, block.half ? 1 : 2, node.id, p.id, words);
		const h = head + g.height + FRAME_PAD;
		const lines = titleLines.map((text, i): TextLine => ({ text, x: area.x + FRAME_PAD, y: area.y + 16 + i * LINE, anchor: 'start', role: 'frame', width: width(text, 'frame') }));
		frames.push({ id: p.id, kind: p.runs === 'child-processes' ? 'supervisor' : 'process', x: area.x, y: area.y, w: area.w, h, lines, node: node.id, parent: node.id });
		chips.push(...g.chips);
		return h;
	};

	const blocks = blocksOf(node, sideOf, words);
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i]!;
		const next = blocks[i + 1];
		if (block.half && next?.half) {
			const h = Math.max(drawBlock(block, { x: inner.x, y, w: HALF }), drawBlock(next, { x: inner.x + HALF + COL_GAP, y, w: HALF }));
			y += h + GAP;
			i++;
		} else {
			y += drawBlock(block, { x: inner.x, y, w: block.half ? HALF : inner.w }) + GAP;
		}
	}
	const h = y - GAP + NODE_PAD;
	const nodeLines = labels.map((text, i): TextLine => ({ text, x: inner.x, y: 20 + i * NODE_LINE, anchor: 'start', role: 'node', width: width(text, 'node') }));
	return { frame: { id: node.id, kind: 'node' as const, x, y: 0, w, h, lines: nodeLines, node: node.id }, frames, chips };
}

const shift = <T extends Rect & { lines: TextLine[] }>(box: T, dy: number): T => ({ ...box, y: box.y + dy, lines: box.lines.map((l) => ({ ...l, y: l.y + dy })) });

/** The estimated extent of a line of text. */
export function textRect(line: TextLine): Rect {
	const size = FONTS[line.role].size;
	const x = line.anchor === 'start' ? line.x : line.anchor === 'end' ? line.x - line.width : line.x - line.width / 2;
	return { x, y: line.y - size / 2, w: line.width, h: size };
}

/** Do two rectangles share any area (touching edges do not count)? */
export function overlaps(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Integer x positions where a vertical arrow from `box` to its node's edge (`up` or `down`) meets no other box of the node. */
function clearXs(box: Rect & { id: string }, towards: 'up' | 'down', node: NodeLayout): number[] {
	const contains = (a: Rect, b: Rect) => a.x <= b.x && a.y <= b.y && a.x + a.w >= b.x + b.w && a.y + a.h >= b.y + b.h;
	// Frames around the box and boxes inside it are not in the way.
	const headings = [node.frame, ...node.frames].flatMap((f) => f.lines.map(textRect));
	const obstacles = [...[...node.frames, ...node.chips].filter((o) => o.id !== box.id && !contains(o, box) && !contains(box, o)), ...headings];
	const [y0, y1] = towards === 'up' ? [node.frame.y, box.y] : [box.y + box.h, node.frame.y + node.frame.h];
	const xs: number[] = [];
	for (let x = Math.ceil(box.x + 2 * ARROW_CLEAR); x <= box.x + box.w - 2 * ARROW_CLEAR; x++) {
		const lane = { x: x - ARROW_CLEAR, y: y0, w: 2 * ARROW_CLEAR, h: y1 - y0 };
		if (!obstacles.some((o) => overlaps(o, lane))) xs.push(x);
	}
	return xs;
}

/** The x nearest the middle of the longest run of consecutive values. */
function middleOfLongestRun(xs: readonly number[]): number | undefined {
	let best: number[] = [];
	let run: number[] = [];
	for (const x of xs) {
		run = run.length && x === run[run.length - 1]! + 1 ? [...run, x] : [x];
		if (run.length > best.length) best = run;
	}
	return best.length ? best[Math.floor(best.length / 2)] : undefined;
}

type NodeLayout = ReturnType<typeof layoutNode>;

/** Lays out a whole diagram. */
export function layoutDiagram(diagram: Diagram, words: DiagramWords): DiagramLayout {
	const items = itemsOf(diagram);
	const order = drawingOrder(diagram.nodes);
	const rank = new Map(order.map((n, i) => [n.id, i]));
	const nodeOf = (id: string) => items.get(id)!.node;
	// Which way each item's connections leave its node: -1 up, 1 down.
	const sides = new Map<string, number>();
	for (const c of diagram.connections) {
		const up = rank.get(nodeOf(c.from))! > rank.get(nodeOf(c.to))!;
		sides.set(c.from, (sides.get(c.from) ?? 0) + (up ? -1 : 1));
		sides.set(c.to, (sides.get(c.to) ?? 0) + (up ? 1 : -1));
	}
	const nodes = order.map((node) => layoutNode(node, (id) => sides.get(id) ?? 0, words));
	const layoutOf = (nodeId: string) => nodes[rank.get(nodeId)!]!;
	const boxOf = (id: string) => {
		const n = layoutOf(nodeOf(id));
		return [n.frame, ...n.frames, ...n.chips].find((b) => b.id === id)!;
	};
	const names = new Map<string, string>();
	for (const node of diagram.nodes) {
		for (const p of node.processes) {
			names.set(p.id, p.name);
			for (const c of p.components) names.set(c.id, c.name);
		}
		for (const p of node.pods) names.set(p.id, p.name);
	}

	// Per band (between node i and i + 1): each arrow's x and which boxes it ends on, then its label.
	// x does not depend on where the nodes end up vertically, so the band's height can follow its labels.
	const nodeXs = Array.from({ length: WIDTH - 2 * MARGIN - 4 * ARROW_CLEAR + 1 }, (_, i) => MARGIN + 2 * ARROW_CLEAR + i);
	const bands = order.slice(0, -1).map((upper, i) => {
		const lower = order[i + 1]!;
		const options = diagram.connections
			.filter((c) => [nodeOf(c.from), nodeOf(c.to)].sort().join() === [upper.id, lower.id].sort().join())
			.map((c) => {
				const [top, bottom] = nodeOf(c.from) === upper.id ? [c.from, c.to] : [c.to, c.from];
				const topBox = boxOf(top);
				const bottomBox = boxOf(bottom);
				const topXs = topBox.id === upper.id ? nodeXs : clearXs(topBox, 'down', layoutOf(upper.id));
				const bottomXs = bottomBox.id === lower.id ? nodeXs : clearXs(bottomBox, 'up', layoutOf(lower.id));
				// Best first: a straight line that reaches both items; else one item and the other's node edge; else the two nodes.
				const choices = [
					{ xs: topXs.filter((x) => bottomXs.includes(x)), top, bottom },
					{ xs: topXs, top, bottom: lower.id },
					{ xs: bottomXs, top: upper.id, bottom },
					{ xs: nodeXs, top: upper.id, bottom: lower.id },
				];
				const target = names.get(c.to);
				const ports = c.ports.join(' · ');
				const portLines = target ? [[words.diagramPorts(target, ports)], [target, ports]] : [[ports]];
				return { c, choices, portLines };
			})
			.sort((a, b) => Math.min(...a.choices[0]!.xs, ...a.choices[3]!.xs) - Math.min(...b.choices[0]!.xs, ...b.choices[3]!.xs) || (a.choices[0]!.xs[0] ?? 0) - (b.choices[0]!.xs[0] ?? 0));

		// Left to right: each arrow as far left as its label (on its left) allows, so the next one keeps room.
		let cursor = MARGIN + 4;
		let lastX = -Infinity;
		const planned = options.map((o) => {
			const labelFor = (room: number) => {
				for (const ports of o.portLines) {
					const lines = [...wrap(o.c.label, room, 'arrow'), ...ports];
					if (fits(lines, room, 'arrow')) return lines;
				}
				return undefined;
			};
			const oneLine = [o.c.label, ...o.portLines[0]!];
			const wanted = cursor + Math.max(...oneLine.map((l) => width(l, 'arrow'))) + ARROW_CLEAR;
			const rightLimit = WIDTH - MARGIN;
			/** The label at x: on the left if it fits there (wrapped if need be), else on the right, else nothing. */
			const labelAt = (x: number): { side: 'left' | 'right'; text: string[] } | undefined => {
				const room = x - ARROW_CLEAR - cursor;
				if (fits(oneLine, room, 'arrow')) return { side: 'left', text: oneLine };
				const wrapped = room >= 64 ? labelFor(room) : undefined;
				if (wrapped) return { side: 'left', text: wrapped };
				const right = labelFor(rightLimit - x - ARROW_CLEAR);
				return right && { side: 'right', text: right };
			};
			const place = (choice: (typeof o.choices)[number], x: number, label: { side: 'left' | 'right'; text: string[] }) => {
				lastX = x;
				cursor = label.side === 'left' ? x + ARROW_CLEAR : x + 2 * ARROW_CLEAR + Math.max(...label.text.map((l) => width(l, 'arrow')));
				return { c: o.c, x, top: choice.top, bottom: choice.bottom, label };
			};
			// The leftmost x (from where its one-line label would fit) of the best kind of line that has room for the label.
			for (const choice of o.choices) {
				const xs = choice.xs.filter((x) => x >= lastX + 3 * ARROW_CLEAR);
				const start = xs.findIndex((v) => v >= wanted);
				for (const x of start < 0 ? [...xs].reverse() : [...xs.slice(start), ...xs.slice(0, start).reverse()]) {
					const label = labelAt(x);
					if (label) return place(choice, x, label);
				}
			}
			// No room anywhere: the most central free x, with the label wrapped as narrow as it goes.
			for (const choice of o.choices) {
				const xs = choice.xs.filter((x) => x >= lastX + 3 * ARROW_CLEAR);
				if (xs.length) return place(choice, xs[xs.length - 1]!, { side: 'left', text: [...wrap(o.c.label, 1, 'arrow'), ...o.portLines[o.portLines.length - 1]!] });
			}
			throw new Error(`no room for the arrow of connection "${o.c.id}"`);
		});
		const height = Math.max(BAND_MIN, Math.max(0, ...planned.map((p) => p.label.text.length)) * LINE + 48);
		return { planned, height };
	});

	const frames: FrameBox[] = [];
	const chips: ChipBox[] = [];
	const arrows: Arrow[] = [];
	const tops = new Map<string, number>();
	let y = MARGIN;
	for (const [i, n] of nodes.entries()) {
		tops.set(order[i]!.id, y);
		frames.push(shift(n.frame, y), ...n.frames.map((f) => shift(f, y)));
		chips.push(...n.chips.map((c) => shift(c, y)));
		y += n.frame.h + (bands[i]?.height ?? 0);
	}
	for (const [i, band] of bands.entries()) {
		const bandTop = tops.get(order[i]!.id)! + nodes[i]!.frame.h;
		const middle = bandTop + band.height / 2;
		for (const p of band.planned) {
			const topBox = boxOf(p.top);
			const bottomBox = boxOf(p.bottom);
			const topY = tops.get(nodeOf(p.top))! + topBox.y + topBox.h;
			const bottomY = tops.get(nodeOf(p.bottom))! + bottomBox.y;
			const fromTop = nodeOf(p.c.from) === order[i]!.id;
			const { side, text } = p.label;
			const lines = text.map((t, k): TextLine => ({
				text: t,
				x: side === 'left' ? p.x - ARROW_CLEAR : p.x + ARROW_CLEAR,
				y: middle + (k - (text.length - 1) / 2) * LINE,
				anchor: side === 'left' ? 'end' : 'start',
				role: 'arrow',
				width: width(t, 'arrow'),
			}));
			arrows.push({
				id: p.c.id,
				fromBox: fromTop ? p.top : p.bottom,
				toBox: fromTop ? p.bottom : p.top,
				x: p.x,
				y1: fromTop ? topY : bottomY,
				y2: fromTop ? bottomY : topY,
				lines,
			});
		}
	}

	const used = (['process', 'built-in', 'pod'] as const).filter((k) => chips.some((c) => c.kind === k));
	const legend: LegendEntry[] = [];
	let lx = MARGIN + 4;
	let ly = y + 12;
	for (const kind of used) {
		const text = words.diagramLegend[kind];
		const w = SWATCH.w + 6 + width(text, 'legend');
		if (lx > MARGIN + 4 && lx + w > WIDTH - MARGIN) {
			lx = MARGIN + 4;
			ly += 22;
		}
		legend.push({ kind, swatch: { x: lx, y: ly, w: SWATCH.w, h: SWATCH.h }, label: { text, x: lx + SWATCH.w + 6, y: ly + SWATCH.h / 2, anchor: 'start', role: 'legend', width: width(text, 'legend') } });
		lx += w + 20;
	}
	const height = (legend.length ? ly + SWATCH.h : y) + MARGIN + 4;
	return { width: WIDTH, height, frames, chips, arrows, legend };
}
