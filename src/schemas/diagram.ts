import { z } from 'astro/zod';
import { HttpsUrlSchema, IdSchema, VersionSchema } from './common';
import { isPort } from './row';

/**
 * `content/data/diagrams/<distro>.yaml`: how one distribution lays out its processes on its nodes.
 * Names, ports and URLs are shared by every edition; the human text (title, description, heading,
 * caption, node labels, notes, connection labels, source labels) is translated in
 * `content/i18n/<lang>/diagrams/<distro>.yaml`. The drawing is computed from this data
 * (`src/lib/diagram-layout.ts`): there are no coordinates here.
 */

const PortSchema = z.string().refine(isPort, { error: 'must be a port such as 6443/tcp' });
const PortsSchema = z.array(PortSchema).default([]);
const Text = z.string().min(1);

/** A component inside a process: a child process of a supervisor, or built into a single process. */
export const DiagramComponentSchema = z.strictObject({
	id: IdSchema,
	/** The component's name, the same in every edition (`kube-apiserver`, `kine + SQLite`). */
	name: Text,
	/** A short qualifier shown after the name, translated ("or embedded etcd for HA"). */
	note: Text.optional(),
	ports: PortsSchema,
});

/** Something running on a node as a pod (an add-on, a CNI agent). */
export const DiagramPodSchema = DiagramComponentSchema;

/** One operating-system process on a node, with the components it runs. */
export const DiagramProcessSchema = z
	.strictObject({
		id: IdSchema,
		/** The process as an operator sees it (`k0s controller`, `containerd`). */
		name: Text,
		note: Text.optional(),
		ports: PortsSchema,
		/** How its components run: as separate child processes it supervises, or built into this one process. */
		runs: z.enum(['child-processes', 'built-in'], { error: 'must be child-processes or built-in' }).optional(),
		components: z.array(DiagramComponentSchema).default([]),
	})
	.refine((p) => p.components.length === 0 || p.runs !== undefined, {
		error: 'a process with components must say how they run (runs: child-processes | built-in)',
		path: ['runs'],
	});

export const NODE_ROLES = ['control-plane', 'worker'] as const;

/** A machine of the cluster. Control-plane nodes are drawn above workers. */
export const DiagramNodeSchema = z
	.strictObject({
		id: IdSchema,
		role: z.enum(NODE_ROLES, { error: `must be one of: ${NODE_ROLES.join(', ')}` }),
		/** Translated ("Controller node · no kubelet by default"). */
		label: Text,
		processes: z.array(DiagramProcessSchema).default([]),
		pods: z.array(DiagramPodSchema).default([]),
	})
	.refine((n) => n.processes.length + n.pods.length > 0, { error: 'a node needs at least one process or pod', path: ['processes'] });

/** A network connection between two nodes: `from` dials `to` (ids of a node, process, component or pod). */
export const DiagramConnectionSchema = z.strictObject({
	id: IdSchema,
	from: IdSchema,
	to: IdSchema,
	ports: z.array(PortSchema).min(1, { error: 'needs the port it connects to' }),
	/** Translated ("joins with a token"). */
	label: Text,
});

export const DiagramSourceSchema = z.strictObject({
	id: IdSchema,
	url: HttpsUrlSchema,
	/** Link text, translated. */
	label: Text,
});

export const DiagramFileSchema = z.strictObject({
	/** The release the drawing was checked against. */
	asOf: VersionSchema,
	/** Short name of the drawing (the SVG title). */
	title: Text,
	/** What the drawing shows, in full sentences: the text alternative of the SVG. */
	description: Text,
	/** The visible heading of the caption. */
	heading: Text,
	/** Caption paragraphs; `backticks` mark code. */
	caption: z.array(Text).min(1),
	sources: z.array(DiagramSourceSchema).min(1, { error: 'needs at least one source' }),
	nodes: z.array(DiagramNodeSchema).min(1),
	connections: z.array(DiagramConnectionSchema).default([]),
});

export type DiagramFile = z.output<typeof DiagramFileSchema>;
export type DiagramNode = z.output<typeof DiagramNodeSchema>;
export type DiagramProcess = z.output<typeof DiagramProcessSchema>;
export type DiagramComponent = z.output<typeof DiagramComponentSchema>;
export type DiagramConnection = z.output<typeof DiagramConnectionSchema>;

/** A diagram after loading: its distribution, the edition its text is in, and the file it came from. */
export interface Diagram extends DiagramFile {
	distro: string;
	lang: string;
	file: string;
}

/** The collection entry: validated on load by the schema above, stored as is. */
export const ResolvedDiagramSchema = DiagramFileSchema.extend({ distro: IdSchema, lang: z.string(), file: z.string() });

/**
 * `content/i18n/<lang>/diagrams/<distro>.yaml`: the human text of one diagram. `labels` holds, by item
 * id, a node's label, a process's, component's or pod's note, and a connection's label; `sources` the
 * link texts by source id.
 */
export const DiagramTranslationSchema = z.strictObject({
	title: Text,
	description: Text,
	heading: Text,
	caption: z.array(Text).min(1),
	labels: z.record(IdSchema, Text).default({}),
	sources: z.record(IdSchema, Text).default({}),
});
export type DiagramTranslation = z.output<typeof DiagramTranslationSchema>;
