import { z } from 'astro/zod';
import { DescriptionSchema, HttpsUrlSchema, IdSchema } from './common';

/** What a component does; groups the components index. */
export const COMPONENT_CATEGORIES = [
	'cni',
	'csi',
	'lb',
	'ingress',
	'datastore',
	'tunnel',
	'runtime',
	'addon-manager',
	'dns',
	'metrics',
	'registry',
	'control-plane',
	'service-proxy',
] as const;

/** How a distribution ships a component. */
export const BUNDLING = ['default', 'optional', 'not-bundled'] as const;

export const ComponentBundlingSchema = z.strictObject({
	status: z.enum(BUNDLING),
	/** How it is shipped, switched on or off. */
	note: z.string().min(1),
	sources: z.array(HttpsUrlSchema).min(1),
});

const componentFields = (distros: z.ZodType<Record<string, z.output<typeof ComponentBundlingSchema>>>) => ({
	title: z.string().min(1),
	description: DescriptionSchema,
	category: z.enum(COMPONENT_CATEGORIES),
	/** Per distro: default, optional or not bundled, and how. Keys are distro ids. */
	distros,
	upstream: HttpsUrlSchema,
	docs: HttpsUrlSchema,
	/** Ids of other component notes that do the same job. */
	alternatives: z.array(IdSchema).default([]),
	/** Ids of table rows that mention this component. */
	rows: z.array(IdSchema).default([]),
	/** Other names people search for (old names, project names). */
	aliases: z.array(z.string().min(1)).default([]),
});

/**
 * Frontmatter of a component note (`content/components/<id>.mdx`) for the declared
 * distributions: every one needs a status, and a key that is no distribution (a typo) fails.
 */
export function createComponentSchema(distroIds: readonly string[]) {
	const ids = z.enum(distroIds as [string, ...string[]]);
	return z.strictObject(componentFields(z.record(ids, ComponentBundlingSchema)));
}

const AnyComponentSchema = z.strictObject(componentFields(z.record(IdSchema, ComponentBundlingSchema)));
export type ComponentData = z.output<typeof AnyComponentSchema>;
