import type { Distro } from '../schemas/distro';
import type { Row } from '../schemas/row';
import { rowPath } from './urls';
import { cellValues } from './values';

/** Version of the published data format; bump it when a field changes meaning or disappears. */
export const DATA_SCHEMA_VERSION = 1;

/** The JSON document behind `/data/rows.json` and `/data/commands.json`. */
export function exportRows(rows: readonly Row[], distros: readonly Distro[], siteUrl: string) {
	return {
		schemaVersion: DATA_SCHEMA_VERSION,
		asOf: Object.fromEntries(distros.map((d) => [d.id, { release: d.checkedRelease, checkedOn: d.checkedOn }])),
		distros: distros.map((d) => ({ id: d.id, name: d.name, repo: d.repo, docs: d.docs })),
		rows: rows.map((row) => ({
			id: row.id,
			url: new URL(rowPath(row), siteUrl).href,
			table: row.table,
			group: row.group,
			label: row.label,
			kind: row.kind,
			values: Object.fromEntries(
				distros.map((d) => {
					const { value, note, sources, asOf, since, until, opinion, unverified, correction } = row.values[d.id]!;
					return [d.id, { value, note, sources, asOf, since, until, opinion, unverified, correction }];
				}),
			),
			aliases: row.aliases,
			components: row.components,
		})),
	};
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The comparison as CSV: one line per row, value/note/sources/as-of columns per distribution. */
export function rowsToCsv(rows: readonly Row[], distros: readonly Distro[]): string {
	const header = ['id', 'table', 'group', 'label', 'kind', ...distros.flatMap((d) => [`${d.id}_value`, `${d.id}_note`, `${d.id}_sources`, `${d.id}_as_of`, `${d.id}_opinion_of`])];
	const lines = rows.map((row) => [
		row.id,
		row.table,
		row.group,
		row.label,
		row.kind,
		...distros.flatMap((d) => {
			const cell = row.values[d.id]!;
			return [cellValues(cell).join(' | ') || 'n/a', cell.note ?? '', cell.sources.join(' '), cell.asOf, cell.opinion?.by ?? ''];
		}),
	]);
	return [header, ...lines].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
