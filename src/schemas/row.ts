import { z } from 'astro/zod';
import { hasCjk } from '../lib/cjk';
import { HttpsUrlSchema, IdSchema, VersionSchema } from './common';

/** What a row's values are; decides rendering (code, copy button) and search aliases. */
export const ROW_KINDS = ['text', 'path', 'command', 'cidr', 'ip', 'port', 'url', 'rating'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** Kinds whose values are rendered as code with a copy button. */
export const CODE_KINDS: ReadonlySet<RowKind> = new Set(['path', 'command', 'cidr', 'ip', 'port']);

/** Where the original note was wrong or outdated: shown with a visible marker. */
export const CorrectionSchema = z
	.strictObject({
		/** What the original note said, verbatim (often Chinese). */
		said: z.string().min(1),
		/** An English rendering of `said`, shown next to it in the English edition; required when `said` is Chinese. */
		gloss: z.string().min(1).optional(),
		/** `wrong`: never accurate; `outdated`: true once, not today; `incomplete`: true but missing what makes it work. */
		verdict: z.enum(['wrong', 'outdated', 'incomplete']),
	})
	.superRefine((correction, ctx) => {
		if (hasCjk(correction.said) && correction.gloss === undefined) {
			ctx.addIssue({ code: 'custom', message: `"${correction.said}" is Chinese: add \`gloss\`, its English rendering`, path: ['gloss'] });
		}
		if (correction.gloss !== undefined && hasCjk(correction.gloss)) {
			ctx.addIssue({ code: 'custom', message: 'the gloss is the English rendering and must not contain Chinese', path: ['gloss'] });
		}
	});

/** A judgement rather than a fact, attributed to its author. */
export const OpinionSchema = z.strictObject({
	/** Who holds the opinion. */
	by: z.string().min(1),
	/** Where they said it. */
	source: HttpsUrlSchema,
});

const CellFields = {
	/** The concrete value; a list for several; `null` when the distro has no equivalent (then `note` says what to do). */
	value: z.union([z.string().min(1), z.array(z.string().min(1)).min(1), z.null()], {
		error: 'must be a string, a list of strings, or null',
	}),
	/** A short explanation shown under the value. */
	note: z.string().min(1).optional(),
	/** Official docs or source code backing the value. */
	sources: z.array(HttpsUrlSchema, { error: 'must be a list of https URLs' }).min(1, { error: 'needs at least one source' }),
	/** Release the value was checked against; defaults to the table's `asOf`. */
	asOf: VersionSchema.optional(),
	/** First release with this value. */
	since: VersionSchema.optional(),
	/** Last release with this value. */
	until: VersionSchema.optional(),
	/** Set when the value is a judgement (ratings from the original note). */
	opinion: OpinionSchema.optional(),
	/** Why the value could not be confirmed from a primary source. */
	unverified: z.string().min(1).optional(),
	/** What the original note said where it differs. */
	correction: CorrectionSchema.optional(),
};

const PATH = /^(\/|~\/|\$\{?[A-Z_]+|[A-Z]:\\)/;

function isIPv4(text: string): boolean {
	const parts = text.split('.');
	return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isCidr(text: string): boolean {
	const [address = '', prefix = '', ...rest] = text.split('/');
	if (rest.length || !/^\d{1,3}$/.test(prefix)) return false;
	if (isIPv4(address)) return Number(prefix) <= 32;
	return /^[0-9a-f]*:[0-9a-f:]*$/i.test(address) && Number(prefix) <= 128;
}

/** `6443/tcp`, `2379-2380/tcp`, `8472/udp`: one port or a range, with its protocol. */
export function isPort(text: string): boolean {
	const match = /^(\d{1,5})(?:-(\d{1,5}))?\/(tcp|udp|vrrp)$/.exec(text);
	if (!match) return false;
	const from = Number(match[1]);
	const to = match[2] === undefined ? from : Number(match[2]);
	return from >= 1 && to <= 65535 && from <= to;
}

function isRating(text: string): boolean {
	const match = /^(\d)\/(\d)$/.exec(text);
	return !!match && Number(match[2]) >= 1 && Number(match[1]) <= Number(match[2]);
}

/** Checks a value's shape against the row kind, so a port is a port and a path a path. */
function valueMatchesKind(kind: RowKind, value: string): string | undefined {
	switch (kind) {
		case 'path':
			return PATH.test(value) ? undefined : `"${value}" is not an absolute path`;
		case 'cidr':
			return isCidr(value) ? undefined : `"${value}" is not a CIDR such as 10.42.0.0/16`;
		case 'ip':
			return isIPv4(value) ? undefined : `"${value}" is not an IPv4 address`;
		case 'port':
			return isPort(value) ? undefined : `"${value}" is not a port such as 6443/tcp`;
		case 'rating':
			return isRating(value) ? undefined : `"${value}" is not a rating such as 2/3`;
		case 'url':
			return HttpsUrlSchema.safeParse(value).success ? undefined : `"${value}" is not an https URL`;
		default:
			return undefined;
	}
}

export const CellSchema = z
	.strictObject(CellFields)
	.refine((cell) => cell.value !== null || cell.note !== undefined, {
		error: 'a null value needs a note saying what to do instead',
		path: ['note'],
	});
export type CellInput = z.input<typeof CellSchema>;

/** Builds the schema of one row for the given distributions: every distro needs a value. */
export function createRowSchema(distroIds: readonly string[], groupIds: readonly string[]) {
	const values = z.strictObject(
		Object.fromEntries(
			distroIds.map((id) => [id, z.custom<CellInput>((v) => v !== undefined, { error: `missing value for distro "${id}"` }).pipe(CellSchema)]),
		),
	);
	return z
		.strictObject({
			/** Stable anchor and search id, unique across the whole site; never derived from the label. */
			id: IdSchema,
			/** Group (sub-table) of the file the row belongs to. */
			group: z.enum(groupIds as [string, ...string[]], { error: `must be one of the file's groups: ${groupIds.join(', ')}` }),
			/** What the row is about, in plain words. */
			label: z.string().min(1),
			/** What the values are. */
			kind: z.enum(ROW_KINDS, { error: `must be one of: ${ROW_KINDS.join(', ')}` }),
			/** One value per distribution. */
			values,
			/** Extra search words: old names, misspellings, the other distro's term. */
			aliases: z.array(z.string().min(1)).default([]),
			/** Component notes this row relates to. */
			components: z.array(IdSchema).default([]),
		})
		.superRefine((row, ctx) => {
			for (const [distro, cell] of Object.entries(row.values) as [string, CellInput][]) {
				const list = cell.value === null ? [] : Array.isArray(cell.value) ? cell.value : [cell.value];
				for (const [i, value] of list.entries()) {
					const problem = valueMatchesKind(row.kind, value);
					if (problem) {
						ctx.addIssue({ code: 'custom', message: problem, path: ['values', distro, 'value', ...(Array.isArray(cell.value) ? [i] : [])] });
					}
				}
				// A missing rating (the author rated only some distributions) is nobody's opinion.
				if (row.kind === 'rating' && cell.value !== null && !cell.opinion) {
					ctx.addIssue({ code: 'custom', message: 'a rating is an opinion and needs `opinion: { by, source }`', path: ['values', distro, 'opinion'] });
				}
			}
		});
}

/** A group inside a table file: rendered as one sub-table under its own heading. */
export const GroupSchema = z.strictObject({
	id: IdSchema,
	title: z.string().min(1),
	/** One sentence under the heading. */
	intro: z.string().min(1).optional(),
});

/** The pages a table can live on: a row's canonical place (search and links point there); pair pages show it too, under the same id. */
export const TABLE_PAGES = ['compare', 'paths', 'commands'] as const;

/** Whether a page of content/docs/ is one of the table pages. */
export function isTablePage(id: string): id is (typeof TABLE_PAGES)[number] {
	return (TABLE_PAGES as readonly string[]).includes(id);
}

/** The envelope of one YAML table file (rows are validated one by one). */
export function createTableFileSchema(distroIds: readonly string[]) {
	return z.strictObject({
		/** The page whose MDX renders this table. */
		page: z.enum(TABLE_PAGES),
		/** Default "as of" release per distro for every value in the file. */
		asOf: z.strictObject(Object.fromEntries(distroIds.map((id) => [id, VersionSchema]))),
		groups: z.array(GroupSchema).min(1),
		rows: z.array(z.unknown()).min(1),
	});
}

/** A value after loading: `asOf` always resolved. */
export const ResolvedCellSchema = z.object({
	...CellFields,
	asOf: VersionSchema,
});
export type Cell = z.output<typeof ResolvedCellSchema>;

/** A row after loading, as stored in the `rows` collection. */
export const ResolvedRowSchema = z.object({
	id: IdSchema,
	/** Edition the text is in (values are the same in every edition). */
	lang: z.string(),
	table: IdSchema,
	page: z.enum(TABLE_PAGES),
	/** Repository-relative path of the YAML file that holds the row (for "suggest a fix"). */
	file: z.string(),
	/** 1-based line where the row starts in that file. */
	line: z.number().int().positive(),
	/** Position of the row in its file: tables render in file order. */
	order: z.number().int().nonnegative(),
	group: IdSchema,
	label: z.string(),
	kind: z.enum(ROW_KINDS),
	values: z.record(z.string(), ResolvedCellSchema),
	aliases: z.array(z.string()),
	components: z.array(IdSchema),
});
export type Row = z.output<typeof ResolvedRowSchema>;

/** A group after loading, as stored in the `groups` collection. */
export const ResolvedGroupSchema = GroupSchema.extend({
	lang: z.string(),
	table: IdSchema,
	page: z.enum(TABLE_PAGES),
	file: z.string(),
	order: z.number().int().nonnegative(),
});
export type Group = z.output<typeof ResolvedGroupSchema>;
