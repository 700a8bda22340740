import type { Distro } from '../schemas/distro';
import type { Group, Row } from '../schemas/row';
import type { Requirement } from '../schemas/requirement';
import type { SearchEntry } from './search/entries';
import { columnsPath, componentPath, pairPath, rowPath, type TablePage } from './urls';
import { localizePath, type Lang } from '../i18n/langs';
import { cellValues } from './values';

/** Table rows as search entries: label, every distribution's values, aliases and the wrong names the original note used. */
export function rowEntries(rows: readonly Row[], distros: readonly Distro[], pageTitles: Record<TablePage, string>, lang: Lang = 'en', groups: readonly Group[] = []): SearchEntry[] {
	const sectionOf = new Map(groups.map((g) => [`${g.table}/${g.id}`, g.title]));
	return rows.map((row) => ({
		id: row.id,
		kind: 'row',
		label: row.label,
		pageTitle: pageTitles[row.page],
		section: sectionOf.get(`${row.table}/${row.group}`),
		path: localizePath(rowPath(row), lang),
		values: Object.fromEntries(distros.map((d) => [d.name, cellValues(row.values[d.id] ?? { value: null })])),
		aliases: [...row.aliases, ...Object.values(row.values).flatMap((cell) => (cell.correction ? [cell.correction.said] : []))],
	}));
}

/** Table sections (`Ports`, `Config files`) as search entries, so a query naming a whole table lands on it. */
export function groupEntries(groups: readonly Group[], pageTitles: Record<TablePage, string>, lang: Lang = 'en'): SearchEntry[] {
	return groups.map((group) => ({
		id: group.id,
		kind: 'group',
		label: group.title,
		pageTitle: pageTitles[group.page],
		path: localizePath(rowPath(group), lang),
		values: {},
		aliases: [],
	}));
}

/** Component notes as search entries: the note's title and the other names people use for it. */
export function noteEntries(notes: readonly { id: string; title: string; aliases: readonly string[] }[], pageTitle: string, lang: Lang = 'en'): SearchEntry[] {
	return notes.map((note) => ({
		id: note.id,
		kind: 'note',
		label: note.title,
		pageTitle,
		path: localizePath(`${componentPath(note.id)}#${note.id}`, lang),
		values: {},
		aliases: [...note.aliases],
	}));
}

/** The pair pages (`/k3s-vs-rke2/`) as search entries, found by a query naming the two distributions. */
export function pairEntries(pairs: readonly { id: string; a: Distro; b: Distro; text: { title: string } }[], pageTitle: string, lang: Lang = 'en'): SearchEntry[] {
	return pairs.map((pair) => ({
		id: pair.id,
		kind: 'pair',
		label: pair.text.title,
		pageTitle,
		path: localizePath(pairPath(pair.a.id, pair.b.id), lang),
		values: {},
		aliases: [],
		compares: [pair.a.name, pair.b.name],
	}));
}

/** Every choice of three or more distributions, in column order (`k0s k3s rke2`, …, all of them). */
export function columnChoices<T>(distros: readonly T[], smallest = 3): T[][] {
	const choices: T[][] = [];
	for (let mask = 1; mask < 1 << distros.length; mask++) {
		const chosen = distros.filter((_, i) => mask & (1 << i));
		if (chosen.length >= smallest) choices.push(chosen);
	}
	return choices.sort((a, b) => a.length - b.length);
}

/**
 * The Compare page with three or more columns picked (`/compare/?d=k0s,k3s,rke2`), one entry per
 * choice: a query naming just those distributions (`k0s vs k3s vs rke2`) opens with them.
 */
export function columnEntries(distros: readonly Distro[], label: (names: string[]) => string, pageTitle: string, lang: Lang = 'en'): SearchEntry[] {
	return columnChoices(distros).map((chosen) => ({
		id: `compare-${chosen.map((d) => d.id).join('-')}`,
		kind: 'columns',
		label: label(chosen.map((d) => d.name)),
		pageTitle,
		path: localizePath(columnsPath(chosen.map((d) => d.id)), lang),
		values: {},
		aliases: [],
		compares: chosen.map((d) => d.name),
	}));
}

/**
 * The chooser's requirements as search entries, so a search for a need ("windows workers")
 * lands on its row of the matrix (`/choose/#need-<id>`).
 */
export function requirementEntries(requirements: readonly Requirement[], pageTitle: string, lang: Lang = 'en'): SearchEntry[] {
	return requirements.map((req) => ({
		id: `need-${req.id}`,
		kind: 'requirement',
		label: req.label,
		pageTitle,
		path: localizePath(`/choose/#need-${req.id}`, lang),
		values: {},
		aliases: [...req.aliases],
	}));
}
