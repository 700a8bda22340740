import { DiagramFileSchema, DiagramTranslationSchema, type Diagram, type DiagramFile, type DiagramNode } from '../schemas/diagram';
import { DataError, DataErrors, formatPath } from './data-error';
import { parseYamlOrCollect, tableIdOf, type SourceFile } from './tables';
import type { z } from 'astro/zod';

/** The distribution of a diagram file is its name: `content/data/diagrams/k0s.yaml` → `k0s`. */
export const diagramDistroOf = tableIdOf;

/** Control-plane nodes are drawn above workers; otherwise file order. */
export function drawingOrder(nodes: readonly DiagramNode[]): DiagramNode[] {
	return [...nodes].sort((a, b) => Number(a.role === 'worker') - Number(b.role === 'worker'));
}

/** Every item that has an id and lives on a node, with the node it lives on. */
export function itemsOf(diagram: Pick<DiagramFile, 'nodes'>): Map<string, { node: string; kind: 'node' | 'process' | 'component' | 'pod' }> {
	const items = new Map<string, { node: string; kind: 'node' | 'process' | 'component' | 'pod' }>();
	for (const node of diagram.nodes) {
		items.set(node.id, { node: node.id, kind: 'node' });
		for (const process of node.processes) {
			items.set(process.id, { node: node.id, kind: 'process' });
			for (const component of process.components) items.set(component.id, { node: node.id, kind: 'component' });
		}
		for (const pod of node.pods) items.set(pod.id, { node: node.id, kind: 'pod' });
	}
	return items;
}

/** The id of the innermost object with an `id` along a Zod issue path, and the path from it to the field. */
function locate(raw: unknown, path: readonly PropertyKey[]): { item: string | undefined; field: string } {
	let node: unknown = raw;
	let item: string | undefined;
	let from = 0;
	for (const [i, key] of path.entries()) {
		if (node === null || typeof node !== 'object') break;
		node = (node as Record<PropertyKey, unknown>)[key];
		const id = (node as { id?: unknown } | null | undefined)?.id;
		if (node !== null && typeof node === 'object' && !Array.isArray(node) && typeof id === 'string') {
			item = id;
			from = i + 1;
		}
	}
	return { item, field: formatPath(path.slice(from)) };
}

function zodErrors(file: string, raw: unknown, error: z.ZodError): DataError[] {
	return error.issues.flatMap((issue) => {
		// An unknown key is reported at the key itself, so a typo is named where it is.
		const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
		return paths.map((path) => {
			const { item, field } = locate(raw, path);
			return new DataError(file, item, field, issue.message, 'item');
		});
	});
}

/** Ids unique in the file, connections between items of two adjacent nodes. */
function crossCheck(file: string, diagram: DiagramFile): DataError[] {
	const errors: DataError[] = [];
	const ids = [
		...diagram.nodes.flatMap((n) => [n.id, ...n.processes.flatMap((p) => [p.id, ...p.components.map((c) => c.id)]), ...n.pods.map((p) => p.id)]),
		...diagram.connections.map((c) => c.id),
	];
	for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) {
		errors.push(new DataError(file, id, 'id', `duplicate id "${id}" (node, process, component, pod and connection ids are unique in a diagram)`, 'item'));
	}
	const sources = new Set<string>();
	for (const s of diagram.sources) {
		if (sources.has(s.id)) errors.push(new DataError(file, s.id, 'id', `duplicate source id "${s.id}"`, 'item'));
		sources.add(s.id);
	}

	const items = itemsOf(diagram);
	const order = drawingOrder(diagram.nodes).map((n) => n.id);
	for (const c of diagram.connections) {
		const from = items.get(c.from);
		const to = items.get(c.to);
		if (!from) errors.push(new DataError(file, c.id, 'from', `"${c.from}" is not a node, process, component or pod of this diagram`, 'item'));
		if (!to) errors.push(new DataError(file, c.id, 'to', `"${c.to}" is not a node, process, component or pod of this diagram`, 'item'));
		if (!from || !to) continue;
		if (from.node === to.node) errors.push(new DataError(file, c.id, 'to', `a connection joins two nodes; "${c.from}" and "${c.to}" are both on node "${from.node}"`, 'item'));
		else if (Math.abs(order.indexOf(from.node) - order.indexOf(to.node)) !== 1) {
			errors.push(new DataError(file, c.id, 'to', `nodes "${from.node}" and "${to.node}" are not next to each other in the drawing (control-plane nodes first, then workers, in file order)`, 'item'));
		}
	}
	return errors;
}

/**
 * Reads and validates the diagram files: one per declared distribution, named after it. Collects
 * every problem (bad fields, unknown distribution, duplicate ids, dangling connections) and throws
 * them together, each naming the file, the item id and the field.
 */
export function parseDiagrams(files: readonly SourceFile[], distroIds: readonly string[]): Diagram[] {
	const errors: DataError[] = [];
	const diagrams: Diagram[] = [];
	for (const file of files) {
		const distro = diagramDistroOf(file.path);
		if (!distroIds.includes(distro)) {
			errors.push(new DataError(file.path, undefined, '(file)', `"${distro}" is not a declared distribution (content/data/distros.yaml: ${distroIds.join(', ')})`));
			continue;
		}
		const read = parseYamlOrCollect(file, errors);
		if (!read) continue;
		const raw = read.raw;
		const parsed = DiagramFileSchema.safeParse(raw);
		if (!parsed.success) {
			errors.push(...zodErrors(file.path, raw, parsed.error));
			continue;
		}
		const problems = crossCheck(file.path, parsed.data);
		if (problems.length) errors.push(...problems);
		else diagrams.push({ ...parsed.data, distro, lang: 'en', file: file.path });
	}
	if (errors.length) throw new DataErrors(errors);
	return diagrams;
}

/**
 * Applies one language's diagram translations. Every title, description, heading, caption paragraph,
 * node label, note, connection label and source label needs a translation: a missing one is an error
 * naming the file and the field (no silent fallback to English), and so is a translation of an item that
 * no longer exists or a caption with a different number of paragraphs.
 */
export function localizeDiagrams(english: readonly Diagram[], files: readonly SourceFile[], lang: string, dir: string): Diagram[] {
	const errors: DataError[] = [];
	const byDistro = new Map<string, { path: string; data: z.output<typeof DiagramTranslationSchema> }>();
	for (const file of files) {
		const read = parseYamlOrCollect(file, errors);
		if (!read) continue;
		const raw = read.raw;
		const parsed = DiagramTranslationSchema.safeParse(raw);
		if (parsed.success) byDistro.set(diagramDistroOf(file.path), { path: file.path, data: parsed.data });
		else errors.push(...zodErrors(file.path, raw, parsed.error));
	}
	for (const [distro, t] of byDistro) {
		if (!english.some((d) => d.distro === distro)) errors.push(new DataError(t.path, undefined, '(file)', `translation of a diagram that does not exist (content/data/diagrams/${distro}.yaml)`));
	}

	const localized = english.flatMap((diagram): Diagram[] => {
		const t = byDistro.get(diagram.distro);
		if (!t) {
			if (!errors.some((e) => e.file === `${dir}/${diagram.distro}.yaml`)) {
				errors.push(new DataError(`${dir}/${diagram.distro}.yaml`, undefined, '(file)', `missing ${lang} translation of ${diagram.file}`));
			}
			return [];
		}
		const { labels, sources } = t.data;
		const used = new Set<string>();
		/** The translation of an item's human text; records an error when it is missing. */
		const label = (id: string, english: string): string => {
			used.add(id);
			const text = labels[id];
			if (text === undefined) errors.push(new DataError(t.path, id, `labels.${id}`, `missing ${lang} translation of "${english}"`, 'item'));
			return text ?? english;
		};
		const note = <T extends { id: string; note?: string }>(item: T): T => (item.note === undefined ? item : { ...item, note: label(item.id, item.note) });

		if (t.data.caption.length !== diagram.caption.length) {
			errors.push(new DataError(t.path, undefined, 'caption', `has ${t.data.caption.length} paragraph(s); the English caption has ${diagram.caption.length}`));
		}
		const result: Diagram = {
			...diagram,
			lang,
			title: t.data.title,
			description: t.data.description,
			heading: t.data.heading,
			caption: t.data.caption,
			nodes: diagram.nodes.map((node) => ({
				...node,
				label: label(node.id, node.label),
				processes: node.processes.map((p) => ({ ...note(p), components: p.components.map(note) })),
				pods: node.pods.map(note),
			})),
			connections: diagram.connections.map((c) => ({ ...c, label: label(c.id, c.label) })),
			sources: diagram.sources.map((s) => {
				const text = sources[s.id];
				if (text === undefined) errors.push(new DataError(t.path, s.id, `sources.${s.id}`, `missing ${lang} translation of "${s.label}"`, 'item'));
				return { ...s, label: text ?? s.label };
			}),
		};
		for (const id of Object.keys(labels)) {
			if (!used.has(id)) errors.push(new DataError(t.path, id, `labels.${id}`, `translation of an item that does not exist or has no text to translate in ${diagram.file}`, 'item'));
		}
		for (const id of Object.keys(sources)) {
			if (!diagram.sources.some((s) => s.id === id)) errors.push(new DataError(t.path, id, `sources.${id}`, `translation of a source that does not exist in ${diagram.file}`, 'item'));
		}
		return [result];
	});
	if (errors.length) throw new DataErrors(errors);
	return localized;
}
