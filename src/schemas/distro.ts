import { z } from 'astro/zod';
import { HttpsUrlSchema, IdSchema, VersionSchema } from './common';

/** One Kubernetes distribution: a column of every comparison table. */
export const DistroSchema = z.strictObject({
	/** Stable id used as the key of every row value (`k0s`, `k3s`). */
	id: IdSchema,
	/** Display name. */
	name: z.string().min(1),
	/** Company or group that leads development today. */
	vendor: z.string().min(1),
	/** Who governs the project (foundation and level). */
	governance: z.string().min(1),
	/** Source repository. */
	repo: HttpsUrlSchema,
	/** Official documentation. */
	docs: HttpsUrlSchema,
	/** SPDX licence of the code. */
	licence: z.string().min(1),
	/** The release every fact was checked against. */
	checkedRelease: VersionSchema,
	/** The day the data was last checked (ISO date). */
	checkedOn: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))], {
		error: 'must be an ISO date (YYYY-MM-DD)',
	}),
});

export type Distro = z.output<typeof DistroSchema>;
