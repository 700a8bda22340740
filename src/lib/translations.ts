import type { Group, Row } from '../schemas/row';
import { TableTranslationSchema, type TableTranslation } from '../schemas/translation';
import { DataError, DataErrors, issuesToErrors } from './data-error';
import { parseYamlOrCollect, tableIdOf, type LoadedTables, type SourceFile } from './tables';

/** A translation of English text that no longer exists (or never did). */
const STALE = 'stale translation: the English cell has no such text (remove it here, or add the English first)';

/**
 * Applies one language's table translations to the English rows and groups.
 * Every label, note, "unverified" reason, opinion holder and text value needs a
 * translation: a missing one is an error naming the file, the row and the field
 * (there is no silent fallback to English). Translations of rows, groups, distributions
 * or fields the English does not have are errors too, so stale text cannot pile up unseen.
 */
export function localizeTables(english: LoadedTables, files: readonly SourceFile[], lang: string, dir: string): LoadedTables {
	const errors: DataError[] = [];
	const byTable = new Map<string, { path: string; data: TableTranslation }>();
	for (const file of files) {
		const read = parseYamlOrCollect(file, errors);
		if (!read) continue;
		const raw = read.raw;
		const parsed = TableTranslationSchema.safeParse(raw);
		if (parsed.success) byTable.set(tableIdOf(file.path), { path: file.path, data: parsed.data });
		else errors.push(...issuesToErrors(file.path, undefined, parsed.error));
	}

	const tables = new Set([...english.rows.map((r) => r.table), ...english.groups.map((g) => g.table)]);
	for (const table of tables) {
		if (!byTable.has(table)) errors.push(new DataError(`${dir}/${table}.yaml`, undefined, '(file)', `missing ${lang} translation of content/data/tables/${table}.yaml`));
	}

	const groups: Group[] = english.groups.flatMap((group) => {
		const t = byTable.get(group.table);
		if (!t) return [];
		const tr = t.data.groups[group.id];
		if (!tr) {
			errors.push(new DataError(t.path, group.id, 'groups.title', `missing ${lang} translation of group "${group.id}"`));
			return [];
		}
		if (group.intro && !tr.intro) errors.push(new DataError(t.path, group.id, 'groups.intro', `missing ${lang} translation of the intro`));
		if (!group.intro && tr.intro) errors.push(new DataError(t.path, group.id, 'groups.intro', STALE));
		return [{ ...group, title: tr.title, intro: group.intro ? tr.intro : undefined }];
	});

	const rows: Row[] = english.rows.flatMap((row) => {
		const t = byTable.get(row.table);
		if (!t) return [];
		const tr = t.data.rows[row.id];
		if (!tr) {
			errors.push(new DataError(t.path, row.id, 'label', `missing ${lang} translation of row "${row.id}"`));
			return [];
		}
		for (const distro of Object.keys(tr.values)) {
			if (!(distro in row.values)) errors.push(new DataError(t.path, row.id, `values.${distro}`, `translation for "${distro}", which is not a distribution of the row`));
		}
		const values = Object.fromEntries(
			Object.entries(row.values).map(([distro, cell]) => {
				const tv = tr.values[distro] ?? {};
				const need = (field: 'note' | 'unverified' | 'opinionBy' | 'value', present: boolean) => {
					if (present && tv[field] === undefined) errors.push(new DataError(t.path, row.id, `values.${distro}.${field}`, `missing ${lang} translation`));
				};
				need('note', cell.note !== undefined);
				need('unverified', cell.unverified !== undefined);
				need('opinionBy', cell.opinion !== undefined);
				need('value', row.kind === 'text' && cell.value !== null);
				// A translation of text the English cell does not have would be dropped unseen: it is stale.
				const stale = (field: 'note' | 'unverified' | 'opinionBy' | 'value', present: boolean) => {
					if (!present && tv[field] !== undefined) errors.push(new DataError(t.path, row.id, `values.${distro}.${field}`, STALE));
				};
				stale('note', cell.note !== undefined);
				stale('unverified', cell.unverified !== undefined);
				stale('opinionBy', cell.opinion !== undefined);
				stale('value', cell.value !== null || row.kind !== 'text');
				if (tv.value !== undefined && row.kind !== 'text') {
					errors.push(new DataError(t.path, row.id, `values.${distro}.value`, `only text values are translated; ${row.kind} values are shared`));
				}
				if (tv.value !== undefined && Array.isArray(tv.value) !== Array.isArray(cell.value)) {
					errors.push(new DataError(t.path, row.id, `values.${distro}.value`, 'must be a list exactly when the English value is a list'));
				}
				return [
					distro,
					{
						...cell,
						value: row.kind === 'text' && cell.value !== null ? (tv.value ?? cell.value) : cell.value,
						note: cell.note === undefined ? undefined : tv.note,
						unverified: cell.unverified === undefined ? undefined : tv.unverified,
						opinion: cell.opinion && { ...cell.opinion, by: tv.opinionBy ?? cell.opinion.by },
					},
				];
			}),
		);
		return [{ ...row, label: tr.label, values, aliases: [...row.aliases, ...tr.aliases] } as Row];
	});

	for (const [table, t] of byTable) {
		const known = new Set(english.rows.filter((r) => r.table === table).map((r) => r.id));
		for (const id of Object.keys(t.data.rows)) if (!known.has(id)) errors.push(new DataError(t.path, id, 'rows', `translation of a row that does not exist in content/data/tables/${table}.yaml`));
		const knownGroups = new Set(english.groups.filter((g) => g.table === table).map((g) => g.id));
		for (const id of Object.keys(t.data.groups)) if (!knownGroups.has(id)) errors.push(new DataError(t.path, id, 'groups', 'translation of a group that does not exist'));
	}
	if (errors.length) throw new DataErrors(errors);
	return { rows, groups };
}
