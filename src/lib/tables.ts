import { load } from 'js-yaml';
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import { DistroSchema, type Distro } from '../schemas/distro';
import { createRowSchema, createTableFileSchema, type Group, type Row } from '../schemas/row';
import { DataError, DataErrors, issuesToErrors } from './data-error';

/** One YAML source: its repository-relative path and text. */
export interface SourceFile {
	path: string;
	text: string;
}

/** Parses one YAML file; a syntax error becomes a DataError naming the file. */
export function parseYaml(file: SourceFile): unknown {
	try {
		return load(file.text);
	} catch (error) {
		throw new DataErrors([new DataError(file.path, undefined, '(yaml)', (error as Error).message.split('\n')[0] ?? 'invalid YAML')]);
	}
}

/**
 * The 1-based line where each entry of the file's `rows:` list starts, in order
 * (for "suggest a fix" links that open the row's own line). Empty when the file has no rows list.
 */
export function rowStartLines(text: string): number[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const rows = isMap(doc.contents) ? doc.contents.get('rows', true) : undefined;
	if (!isSeq(rows)) return [];
	return rows.items.map((item) => {
		const start = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
		return lineCounter.linePos(start).line;
	});
}

/**
 * `parseYaml` for loaders that report every problem together: a syntax error joins `errors`
 * and the file is skipped (undefined), so the other files are still checked. An empty file
 * parses to `{ raw: undefined }`, which its schema then rejects.
 */
export function parseYamlOrCollect(file: SourceFile, errors: DataError[]): { raw: unknown } | undefined {
	try {
		return { raw: parseYaml(file) };
	} catch (error) {
		errors.push(...(error as DataErrors).problems);
		return undefined;
	}
}

/** Reads `distros.yaml`: a list of distributions, in column order. */
export function parseDistros(file: SourceFile): Distro[] {
	const raw = parseYaml(file);
	if (!Array.isArray(raw)) throw new DataErrors([new DataError(file.path, undefined, '(root)', 'must be a list of distributions')]);
	const errors: DataError[] = [];
	const distros: Distro[] = [];
	for (const entry of raw) {
		const id = typeof entry?.id === 'string' ? entry.id : undefined;
		const parsed = DistroSchema.safeParse(entry);
		if (!parsed.success) errors.push(...issuesToErrors(file.path, id, parsed.error));
		else if (distros.some((d) => d.id === parsed.data.id)) errors.push(new DataError(file.path, id, 'id', `duplicate distro id "${parsed.data.id}"`));
		else distros.push(parsed.data);
	}
	if (errors.length) throw new DataErrors(errors);
	return distros;
}

/** The table id is the file name: `content/data/tables/paths.yaml` → `paths`. */
export function tableIdOf(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

export interface LoadedTables {
	rows: Row[];
	groups: Group[];
}

/**
 * Validates every table file against the distributions and resolves defaults.
 * Collects all problems (bad fields, unknown kinds, missing distro values,
 * duplicate ids across files) and throws them together.
 */
export function parseTables(files: readonly SourceFile[], distros: readonly Distro[]): LoadedTables {
	const distroIds = distros.map((d) => d.id);
	const fileSchema = createTableFileSchema(distroIds);
	const errors: DataError[] = [];
	const rows: Row[] = [];
	const groups: Group[] = [];
	const seen = new Map<string, string>();

	const claimId = (id: string, file: string, what: string) => {
		const other = seen.get(id);
		if (other !== undefined) {
			errors.push(new DataError(file, id, 'id', `duplicate id: ${what} "${id}" is already defined in ${other}`));
			return false;
		}
		seen.set(id, file);
		return true;
	};

	for (const file of files) {
		const table = tableIdOf(file.path);
		const read = parseYamlOrCollect(file, errors);
		if (!read) continue;
		const raw = read.raw;
		const envelope = fileSchema.safeParse(raw);
		if (!envelope.success) {
			errors.push(...issuesToErrors(file.path, undefined, envelope.error));
			continue;
		}
		const { page, asOf, rows: rawRows } = envelope.data;
		for (const [order, group] of envelope.data.groups.entries()) {
			if (claimId(group.id, file.path, 'group')) groups.push({ ...group, lang: 'en', table, page, file: file.path, order });
		}
		const lines = rowStartLines(file.text);
		const rowSchema = createRowSchema(distroIds, envelope.data.groups.map((g) => g.id));
		for (const [order, raw] of rawRows.entries()) {
			const rawId = (raw as { id?: unknown } | null)?.id;
			const rowId = typeof rawId === 'string' ? rawId : `#${order + 1}`;
			const parsed = rowSchema.safeParse(raw);
			if (!parsed.success) {
				errors.push(...issuesToErrors(file.path, rowId, parsed.error));
				continue;
			}
			if (!claimId(parsed.data.id, file.path, 'row')) continue;
			const values = Object.fromEntries(
				Object.entries(parsed.data.values).map(([distro, cell]) => [distro, { ...cell, asOf: cell.asOf ?? asOf[distro]! }]),
			);
			rows.push({ ...parsed.data, lang: 'en', values, table, page, file: file.path, line: lines[order] ?? 1, order } as Row);
		}
	}
	if (errors.length) throw new DataErrors(errors);
	return { rows, groups };
}
