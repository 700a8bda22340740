import { z } from 'astro/zod';
import { IdSchema } from './common';

/** How well a distribution meets a requirement. */
export const VERDICTS = ['yes', 'with-effort', 'no'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One distribution's answer to one requirement, proven by table rows. */
export const VerdictSchema = z
	.strictObject({
		verdict: z.enum(VERDICTS, { error: `must be one of: ${VERDICTS.join(', ')}` }),
		/** What it takes (required for `with-effort`), or a short qualifier. */
		note: z.string().min(1).optional(),
		/** Ids of the table rows whose cells prove the verdict. */
		rows: z.array(IdSchema, { error: 'must be a list of row ids' }).min(1, { error: 'needs at least one row id as proof' }),
	})
	.refine((v) => v.verdict !== 'with-effort' || v.note !== undefined, {
		error: 'a with-effort verdict needs a note saying what it takes',
		path: ['note'],
	});
export type VerdictInput = z.input<typeof VerdictSchema>;

/** One requirement for the given distributions: every distribution needs a verdict, and no other. */
export function createRequirementSchema(distroIds: readonly string[]) {
	return z.strictObject({
		/** Stable id: the chooser's URL state (`?need=<id>`) and the matrix anchor (`#need-<id>`). */
		id: IdSchema,
		/** What the operator needs, in a few words. */
		label: z.string().min(1),
		/** One or two sentences; thresholds are stated here. */
		explanation: z.string().min(1),
		/** Extra search words: other names for the same need. */
		aliases: z.array(z.string().min(1)).default([]),
		verdicts: z.strictObject(
			Object.fromEntries(
				distroIds.map((id) => [id, z.custom<VerdictInput>((v) => v !== undefined, { error: `missing verdict for distro "${id}"` }).pipe(VerdictSchema)]),
			),
		),
	});
}

/** The envelope of `content/data/requirements.yaml` (requirements are validated one by one). */
export const RequirementsFileSchema = z.strictObject({
	requirements: z.array(z.unknown()).min(1),
});

/** A requirement after loading, in one edition. */
export const ResolvedRequirementSchema = z.object({
	id: IdSchema,
	lang: z.string(),
	/** Position in the file: the chooser and the matrix keep it. */
	order: z.number().int().nonnegative(),
	label: z.string(),
	explanation: z.string(),
	/** Extra search words in this edition. */
	aliases: z.array(z.string()),
	verdicts: z.record(z.string(), z.object({ verdict: z.enum(VERDICTS), note: z.string().optional(), rows: z.array(IdSchema) })),
});
export type Requirement = z.output<typeof ResolvedRequirementSchema>;

/** `content/i18n/<lang>/requirements.yaml`: the human text of each requirement in another language. */
export const RequirementsTranslationSchema = z.strictObject({
	requirements: z.record(
		IdSchema,
		z.strictObject({
			label: z.string().min(1),
			explanation: z.string().min(1),
			/** Per distro: the translated verdict note. */
			notes: z.record(IdSchema, z.string().min(1)).default({}),
			/** Extra search words in this language. */
			aliases: z.array(z.string().min(1)).default([]),
		}),
	),
});
