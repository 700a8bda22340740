import { z } from 'astro/zod';
import { DescriptionSchema } from './common';

/** What a pair page says about itself: its own title and description (meta and link previews). */
export const PairTextSchema = z.strictObject({
	/** "k0s vs k3s: …", the page's title and h1. */
	title: z.string().min(1),
	description: DescriptionSchema,
	/** One or two sentences under the title: what tells the two apart. */
	lead: z.string().min(1),
});
export type PairText = z.output<typeof PairTextSchema>;

/**
 * `content/data/pairs.yaml` (and each edition's `content/i18n/<lang>/pairs.yaml`): one entry per
 * pair of distributions, keyed `<a>-vs-<b>` with the ids in alphabetical order.
 */
export const PairsFileSchema = z.record(z.string(), PairTextSchema);
