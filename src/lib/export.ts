import type { Distro } from '../schemas/distro';
import type { Row } from '../schemas/row';
import { rowPath } from './urls';
import { cellValues } from './values';
import { stringify } from 'csv-stringify/sync';

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

/** The CSV columns: the row, then value, note, sources, "as of" and opinion author for each distribution. */
export function csvHeader(distros: readonly Distro[]): string[] {
	return ['id', 'table', 'group', 'label', 'kind', ...distros.flatMap((d) => [`${d.id}_value`, `${d.id}_note`, `${d.id}_sources`, `${d.id}_as_of`, `${d.id}_opinion_of`])];
}

/** The comparison as records of plain text, one per row, in csvHeader's column order. */
export function csvRecords(rows: readonly Row[], distros: readonly Distro[]): string[][] {
	return rows.map((row) => [
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
}

/**
 * The comparison as CSV that spreadsheets open as text (RFC 4180: CRLF records, fields quoted when they hold a
 * comma, quote or line break). A cell starting with =, +, -, @, tab or CR (values like `--disable-components`)
 * would be taken for a formula, so csv-stringify's escape_formulas prefixes it with an apostrophe.
 *
 * It starts with a UTF-8 byte order mark because the text is not all ASCII (Chinese in notes, curly quotes):
 * Excel opens a BOM-less .csv in the Windows ANSI code page (1252 in the West, GBK on Chinese Windows), which
 * turns 系统 into mojibake; with the BOM it reads UTF-8. LibreOffice, Numbers, Google Sheets, csv-parse
 * (`bom: true`) and Python's utf-8-sig all accept the mark.
 */
export function rowsToCsv(rows: readonly Row[], distros: readonly Distro[]): string {
	return `\uFEFF${stringify([csvHeader(distros), ...csvRecords(rows, distros)], { escape_formulas: true, record_delimiter: 'windows' })}`;
}
