import { z } from 'astro/zod';
import { DescriptionSchema, IdSchema } from './common';

export const DOC_KINDS = ['overview', 'comparison', 'essay', 'guide'] as const;

/** Frontmatter of a page in `content/docs/`. */
export const DocSchema = z.strictObject({
	title: z.string().min(1),
	/** Short title for navigation. */
	navTitle: z.string().min(1).optional(),
	description: DescriptionSchema,
	kind: z.enum(DOC_KINDS),
	/** Place in the primary navigation; pages without it are not in the header. */
	nav: z.number().int().positive().optional(),
	/** Distribution ids shown in this page's tables (default: all). */
	distros: z.array(IdSchema).optional(),
});
export type DocData = z.output<typeof DocSchema>;
