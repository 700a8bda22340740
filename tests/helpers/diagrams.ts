// Reads the real diagram files and checks computed layouts, for the unit tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localizeDiagrams, parseDiagrams, itemsOf } from '../../src/lib/diagrams';
import { overlaps, textRect, type DiagramLayout, type Rect } from '../../src/lib/diagram-layout';
import type { Diagram } from '../../src/schemas/diagram';
import { ROOT, loadContent } from './content';

export function yamlFiles(dir: string) {
	const abs = join(ROOT, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs)
		.filter((n) => n.endsWith('.yaml'))
		.sort()
		.map((n) => ({ path: `${dir}/${n}`, text: readFileSync(join(abs, n), 'utf8') }));
}

/**
 * Connections of the real data that no straight line can draw between the exact items, so their
 * arrows end on the item's node instead (their labels name both ends). Any other arrow must reach
 * its exact items; an arrow listed here must still start and end on its item or that item's node.
 */
export const NODE_ENDED_ARROWS: Readonly<Record<string, readonly string[]>> = {
	kubeadm: ['kubelet-to-api', 'api-to-kubelet'],
	microk8s: ['api'],
};

export function loadDiagrams(): Diagram[] {
	return parseDiagrams(yamlFiles('content/data/diagrams'), loadContent().distros.map((d) => d.id));
}

export function loadLocalizedDiagrams(lang: string): Diagram[] {
	const dir = `content/i18n/${lang}/diagrams`;
	return localizeDiagrams(loadDiagrams(), yamlFiles(dir), lang, dir);
}

const within = (inner: Rect, outer: Rect, pad = 0) =>
	inner.x >= outer.x + pad - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w - pad + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
const contains = (outer: Rect, inner: Rect) => within(inner, outer);

/**
 * Every problem of a layout, as readable lines (empty when the layout is sound): overlapping boxes,
 * text that does not fit its box, arrows that miss their items or cross other boxes, labels that collide.
 */
export function layoutProblems(layout: DiagramLayout, diagram: Diagram): string[] {
	const problems: string[] = [];
	const boxes = [...layout.frames, ...layout.chips];
	const byId = new Map(boxes.map((b) => [b.id, b]));
	const items = itemsOf(diagram);

	// Boxes: two boxes are disjoint or one holds the other; a box sits inside its parent frame.
	for (const [i, a] of layout.chips.entries()) for (const b of layout.chips.slice(i + 1)) if (overlaps(a, b)) problems.push(`chips ${a.id} and ${b.id} overlap`);
	for (const [i, a] of boxes.entries()) {
		for (const b of boxes.slice(i + 1)) {
			if (overlaps(a, b) && !contains(a, b) && !contains(b, a)) problems.push(`${a.id} and ${b.id} overlap`);
		}
		if (a.x < 0 || a.x + a.w > layout.width || a.y < 0 || a.y + a.h > layout.height) problems.push(`${a.id} is outside the drawing`);
		const parent = a.parent && byId.get(a.parent);
		if (parent && !contains(parent, a)) problems.push(`${a.id} is not inside ${parent.id}`);
		const node = byId.get(a.node);
		if (!node || !contains(node, a)) problems.push(`${a.id} is not inside its node ${a.node}`);
	}
	// Every item of the data is drawn once, on its node.
	for (const [id, { node }] of items) {
		const drawn = boxes.filter((b) => b.id === id);
		if (drawn.length !== 1) problems.push(`${id} is drawn ${drawn.length} times`);
		else if (drawn[0]!.node !== node) problems.push(`${id} is drawn on ${drawn[0]!.node}, not ${node}`);
	}

	// Text fits: chip text inside the chip with padding; frame headings inside their frame, clear of its chips.
	for (const box of boxes) {
		for (const line of box.lines) {
			if (!within(textRect(line), box, 6)) problems.push(`"${line.text}" does not fit ${box.id} (${Math.round(line.width)} px in ${box.w} px)`);
		}
		if (layout.frames.includes(box as never)) {
			const kids = boxes.filter((b) => b !== box && contains(box, b));
			for (const line of box.lines) for (const kid of kids) if (overlaps(textRect(line), kid)) problems.push(`heading "${line.text}" of ${box.id} runs into ${kid.id}`);
		}
	}

	// Arrows: from the dialling item (or its node) to the target item (or its node), through free space.
	for (const arrow of layout.arrows) {
		const c = diagram.connections.find((x) => x.id === arrow.id);
		if (!c) {
			problems.push(`arrow ${arrow.id} has no connection`);
			continue;
		}
		const okEnd = (box: string, item: string) => box === item || box === items.get(item)?.node;
		if (!okEnd(arrow.fromBox, c.from)) problems.push(`arrow ${c.id} starts on ${arrow.fromBox}, not ${c.from} or its node`);
		if (!okEnd(arrow.toBox, c.to)) problems.push(`arrow ${c.id} ends on ${arrow.toBox}, not ${c.to} or its node`);
		const from = byId.get(arrow.fromBox);
		const to = byId.get(arrow.toBox);
		if (!from || !to) continue;
		const up = arrow.y2 < arrow.y1;
		const edge = (box: Rect, top: boolean) => (top ? box.y : box.y + box.h);
		if (Math.abs(arrow.y1 - edge(from, up)) > 0.01) problems.push(`arrow ${c.id} does not start on the edge of ${from.id}`);
		if (Math.abs(arrow.y2 - edge(to, !up)) > 0.01) problems.push(`arrow ${c.id} does not end on the edge of ${to.id}`);
		for (const box of [from, to]) if (arrow.x <= box.x || arrow.x >= box.x + box.w) problems.push(`arrow ${c.id} at x=${arrow.x} misses ${box.id}`);
		const segment = { x: arrow.x - 1, y: Math.min(arrow.y1, arrow.y2) + 0.5, w: 2, h: Math.abs(arrow.y1 - arrow.y2) - 1 };
		for (const box of boxes) {
			if (contains(box, from) || contains(box, to)) continue;
			if (overlaps(segment, box)) problems.push(`arrow ${c.id} crosses ${box.id}`);
		}
		const headings = boxes.flatMap((b) => b.lines.map((l) => ({ id: b.id, text: l.text, r: textRect(l) })));
		for (const h of headings) if (overlaps(segment, h.r)) problems.push(`arrow ${c.id} crosses the text "${h.text}" of ${h.id}`);
		for (const line of arrow.lines) {
			const r = textRect(line);
			if (r.x < 0 || r.x + r.w > layout.width) problems.push(`label "${line.text}" of ${c.id} leaves the drawing`);
			for (const box of boxes) if (overlaps(r, box)) problems.push(`label "${line.text}" of ${c.id} runs into ${box.id}`);
			for (const other of layout.arrows) if (r.x <= other.x + 4 && other.x - 4 <= r.x + r.w && r.y < Math.max(other.y1, other.y2) && Math.min(other.y1, other.y2) < r.y + r.h) problems.push(`label "${line.text}" of ${c.id} crosses arrow ${other.id}`);
		}
	}
	const labels = layout.arrows.flatMap((a) => a.lines.map((l) => ({ id: a.id, text: l.text, r: textRect(l) })));
	for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) if (overlaps(a.r, b.r)) problems.push(`labels "${a.text}" and "${b.text}" overlap`);

	// Legend: below the drawing's boxes, inside its width, entries apart.
	const bottom = Math.max(...boxes.map((b) => b.y + b.h));
	for (const [i, entry] of layout.legend.entries()) {
		const r = textRect(entry.label);
		if (entry.swatch.y < bottom || r.x + r.w > layout.width || r.y + r.h > layout.height) problems.push(`legend "${entry.label.text}" is out of place`);
		for (const other of layout.legend.slice(i + 1)) if (overlaps({ ...entry.swatch, w: r.x + r.w - entry.swatch.x }, other.swatch)) problems.push(`legend entries "${entry.label.text}" and "${other.label.text}" overlap`);
	}
	return problems;
}

/**
 * The distributions whose diagrams an MDX page shows, in order, read from its
 * `<ArchitectureDiagram distros={['k0s', …]} />` calls (a file without one gives an empty list).
 */
export function diagramDistrosOf(mdxFile: string): string[] {
	const text = readFileSync(join(ROOT, mdxFile), 'utf8');
	return [...text.matchAll(/<ArchitectureDiagram\s+distros=\{\[([^\]]*)\]\}\s*\/>/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((q) => q[1]!));
}
