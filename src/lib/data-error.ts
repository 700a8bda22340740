import type { z } from 'astro/zod';

/**
 * A content error that names the file, the entry (a row, or what `entity` says) and the field,
 * so an author can fix it at once.
 */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly rowId: string | undefined,
		readonly field: string,
		readonly problem: string,
		/** What the id names: a table row, a diagram item or a requirement. */
		readonly entity: 'row' | 'item' | 'requirement' = 'row',
	) {
		super(`${file}${rowId === undefined ? '' : `: ${entity} "${rowId}"`}: field "${field}": ${problem}`);
		this.name = 'DataError';
	}
}

/** Turns a Zod issue path such as `['values', 'k3s', 'sources', 0]` into `values.k3s.sources[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '') || '(root)';
}

/** Converts every issue of a failed parse into DataErrors. */
export function issuesToErrors(file: string, rowId: string | undefined, error: z.ZodError, entity: DataError['entity'] = 'row'): DataError[] {
	return error.issues.map((issue) => new DataError(file, rowId, formatPath(issue.path), issue.message, entity));
}

/**
 * Several problems at once: authors fix a file in one pass instead of one error per build.
 * The list is `problems`, not `errors`: Astro prints an error with an `errors` array as a bundler
 * error and shows only its first entry, so the build output would lose the rest.
 */
export class DataErrors extends Error {
	constructor(readonly problems: DataError[]) {
		super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content data:\n${problems.map((e) => `  - ${e.message}`).join('\n')}`);
		this.name = 'DataErrors';
	}
}
