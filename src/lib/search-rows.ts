import type { Distro } from '../schemas/distro';
import type { Row } from '../schemas/row';
import type { Requirement } from '../schemas/requirement';
import type { RowIndexEntry } from './search/rank';
import { rowPath, type TablePage } from './urls';
import { localizePath, type Lang } from '../i18n/langs';
import { cellValues } from './values';

/** The compact row index the search UI loads with the Pagefind index. */
export function buildRowIndex(rows: readonly Row[], distros: readonly Distro[], pageTitles: Record<TablePage, string>, lang: Lang = 'en'): RowIndexEntry[] {
	return rows.map((row) => ({
		id: row.id,
		label: row.label,
		pageTitle: pageTitles[row.page],
		path: localizePath(rowPath(row), lang),
		values: Object.fromEntries(distros.map((d) => [d.name, cellValues(row.values[d.id] ?? { value: null })])),
		aliases: [...row.aliases, ...Object.values(row.values).flatMap((cell) => (cell.correction ? [cell.correction.said] : []))],
	}));
}

/**
 * The chooser's requirements as index entries, so a search for a need ("windows workers")
 * lands on its row of the matrix (`/choose/#need-<id>`); values are the verdict notes.
 */
export function buildRequirementIndex(requirements: readonly Requirement[], distros: readonly Distro[], pageTitle: string, lang: Lang = 'en'): RowIndexEntry[] {
	return requirements.map((req) => ({
		id: `need-${req.id}`,
		label: req.label,
		pageTitle,
		path: localizePath(`/choose/#need-${req.id}`, lang),
		values: Object.fromEntries(distros.map((d) => [d.name, req.verdicts[d.id]?.note ? [req.verdicts[d.id]!.note!] : []])),
		aliases: req.aliases,
	}));
}
