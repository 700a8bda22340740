// /data/comparison.csv: RFC 4180 text that spreadsheets cannot run as formulas, and that parses back to the data.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRecords, rowsToCsv } from '../../src/lib/export';
import type { Row } from '../../src/schemas/row';
import { loadContent } from '../helpers/content';

const { rows, distros } = loadContent();
const FORMULA_START = /^[=+\-@\t\r]/;

/** A real row whose label and k0s note are replaced by hostile text. */
function plantedRow(label: string, note: string): Row {
	const row = rows.find((r) => r.values[distros[0]!.id]!.note === undefined) ?? rows[0]!;
	return { ...row, id: `planted-${rows.length}`, label, values: { ...row.values, [distros[0]!.id]: { ...row.values[distros[0]!.id]!, note } } };
}

/** Parses the CSV and removes the apostrophe escape_formulas put in front of formula-like cells. */
function parseBack(csv: string): { raw: string[][]; data: string[][] } {
	const raw = parse(csv, { bom: true, relax_column_count: false }) as string[][];
	const data = raw.map((record) => record.map((cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)));
	return { raw, data };
}

describe('comparison CSV', () => {
	const hostile = [
		plantedRow('=HYPERLINK("https://evil.example","x")', '+1+1'),
		plantedRow('-2+3', '@SUM(A1:A2)'),
		plantedRow('\tcmd', '\r=1'),
		plantedRow('a, "quoted" label', 'two\r\nlines, 系统 and 🚀'),
	];
	const all = [...rows, ...hostile];
	const csv = rowsToCsv(all, distros);
	const expected = [csvHeader(distros), ...csvRecords(all, distros)];
	const { raw, data } = parseBack(csv);

	it('parses back to exactly the data, header first', () => {
		expect(data).toEqual(expected);
	});

	it('every cell that starts with =, +, -, @, tab or CR is escaped with an apostrophe, and no other cell is', () => {
		const escaped = expected.flatMap((record, r) => record.map((cell, c) => [cell, raw[r]![c]!] as const)).filter(([cell]) => FORMULA_START.test(cell));
		expect(escaped.length, 'hostile and real formula-like cells').toBeGreaterThanOrEqual(8);
		for (const [cell, written] of escaped) expect(written).toBe(`'${cell}`);
		for (const [r, record] of raw.entries()) for (const [c, cell] of record.entries()) if (!FORMULA_START.test(expected[r]![c]!)) expect(cell).toBe(expected[r]![c]);
	});

	it('escapes values from the real data that look like formulas (e.g. --disable-components)', () => {
		const real = csvRecords(rows, distros).flat().filter((cell) => FORMULA_START.test(cell));
		expect(real.length).toBeGreaterThan(0);
		for (const cell of real) expect(csv).toContain(`'${cell.replace(/"/g, '""')}`);
	});

	it('is RFC 4180: CRLF after every record, fields with commas, quotes or line breaks quoted, quotes doubled', () => {
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/"(?:[^"]|"")*"/g, '').split('\r\n')).toHaveLength(all.length + 2);
		expect(csv).toContain('"a, ""quoted"" label"');
		expect(csv).toContain('"two\r\nlines, 系统 and 🚀"');
	});

	it('starts with a UTF-8 byte order mark, once, so Excel reads the Chinese text as UTF-8', () => {
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
		expect(csv.slice(1).startsWith('id,table,group,label,kind,')).toBe(true);
	});
});
