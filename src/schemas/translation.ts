import { z } from 'astro/zod';
import { IdSchema } from './common';

/**
 * `content/i18n/<lang>/tables/<table>.yaml`: the human text of one table file in another
 * language. Values (paths, commands, CIDRs, sources) are shared and never repeated here.
 */
export const TableTranslationSchema = z.strictObject({
	groups: z.record(IdSchema, z.strictObject({ title: z.string().min(1), intro: z.string().min(1).optional() })),
	rows: z.record(
		IdSchema,
		z.strictObject({
			label: z.string().min(1),
			/** Per distro: the translated `note`, `unverified` reason and the value itself for `text` rows. */
			values: z
				.record(
					IdSchema,
					z.strictObject({
						value: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
						note: z.string().min(1).optional(),
						unverified: z.string().min(1).optional(),
						/** Who holds the opinion, when the value is one. */
						opinionBy: z.string().min(1).optional(),
					}),
				)
				.default({}),
			/** Extra search words in this language. */
			aliases: z.array(z.string().min(1)).default([]),
		}),
	),
});
export type TableTranslation = z.output<typeof TableTranslationSchema>;

/** Frontmatter of `content/i18n/<lang>/components/<id>.mdx`: only the human text. */
export const ComponentTranslationSchema = z.strictObject({
	title: z.string().min(1),
	description: z.string().min(10).max(160),
	/** Per distro: the translated bundling note. */
	notes: z.record(IdSchema, z.string().min(1)),
	aliases: z.array(z.string().min(1)).default([]),
});

/** Frontmatter of `content/i18n/<lang>/docs/<id>.mdx`. */
export const DocTranslationSchema = z.strictObject({
	title: z.string().min(1),
	navTitle: z.string().min(1).optional(),
	description: z.string().min(10).max(160),
});
