/**
 * The one place pages and components get content from. Wraps `astro:content`,
 * caches the sorted collections for the build, and merges other editions'
 * translations onto the English entries (a missing translation fails the build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ComponentData } from '../schemas/component';
import type { DocData } from '../schemas/doc';
import type { Distro } from '../schemas/distro';
import type { Group, Row } from '../schemas/row';
import type { Diagram } from '../schemas/diagram';
import type { Requirement } from '../schemas/requirement';
import type { TablePage } from '../lib/urls';
import { allPairs, parsePairTexts, type Pair } from '../lib/pairs';
import { parseDistros } from '../lib/tables';
import { DISTROS_FILE } from '../loaders/tables-loader';
import type { PairText } from '../schemas/pair';
import { DEFAULT_LANG, type Lang } from '../i18n/langs';

let cache: Promise<{ distros: Distro[]; rows: Row[]; groups: Group[] }> | undefined;

async function load() {
	const columnOrder = parseDistros({ path: DISTROS_FILE, text: readFileSync(join(process.cwd(), DISTROS_FILE), 'utf8') }).map((d) => d.id);
	const [distros, rows, groups] = await Promise.all([getCollection('distros'), getCollection('rows'), getCollection('groups')]);
	const byFileOrder = <T extends { file: string; order: number }>(a: T, b: T) => a.file.localeCompare(b.file) || a.order - b.order;
	return {
		// Column order is the order of content/data/distros.yaml (the collection comes back sorted by id).
		distros: distros.map((d) => d.data).sort((a, b) => columnOrder.indexOf(a.id) - columnOrder.indexOf(b.id)),
		rows: rows.map((r) => r.data).sort(byFileOrder),
		groups: groups.map((g) => g.data).sort(byFileOrder),
	};
}

function data() {
	cache ??= load();
	return cache;
}

/** Distributions in column order; `ids` picks and orders a subset. */
export async function getDistros(ids?: readonly string[]): Promise<Distro[]> {
	const { distros } = await data();
	if (!ids) return distros;
	return ids.map((id) => {
		const distro = distros.find((d) => d.id === id);
		if (!distro) throw new Error(`Unknown distro "${id}" (known: ${distros.map((d) => d.id).join(', ')})`);
		return distro;
	});
}

/** Every row of an edition, in file order. */
export async function getAllRows(lang: Lang = DEFAULT_LANG): Promise<Row[]> {
	return (await data()).rows.filter((r) => r.lang === lang);
}

/** The chooser's requirements in an edition, in file order. */
export async function getRequirements(lang: Lang = DEFAULT_LANG): Promise<Requirement[]> {
	return (await getCollection('requirements')).map((r) => r.data).filter((r) => r.lang === lang).sort((a, b) => a.order - b.order);
}

export async function getAllGroups(lang: Lang = DEFAULT_LANG): Promise<Group[]> {
	return (await data()).groups.filter((g) => g.lang === lang);
}

/** One group and its rows in file order; unknown ids fail the build with the known ones listed. */
export async function getGroup(id: string, lang: Lang = DEFAULT_LANG): Promise<{ group: Group; rows: Row[] }> {
	const groups = await getAllGroups(lang);
	const group = groups.find((g) => g.id === id);
	if (!group) throw new Error(`Unknown table group "${id}" (known: ${groups.map((g) => g.id).join(', ')})`);
	return { group, rows: (await getAllRows(lang)).filter((r) => r.table === group.table && r.group === id) };
}

export async function getGroupsOfPage(page: TablePage, lang: Lang = DEFAULT_LANG): Promise<Group[]> {
	return (await getAllGroups(lang)).filter((g) => g.page === page);
}

/** The architecture diagrams of the given distributions, in that order; a distribution without one fails the build. */
export async function getDiagrams(distros: readonly string[], lang: Lang = DEFAULT_LANG): Promise<Diagram[]> {
	const all = (await getCollection('diagrams')).map((e) => e.data as Diagram).filter((d) => d.lang === lang);
	return distros.map((id) => {
		const diagram = all.find((d) => d.distro === id);
		if (!diagram) throw new Error(`No architecture diagram for "${id}": add content/data/diagrams/${id}.yaml (diagrams exist for: ${all.map((d) => d.distro).join(', ')})`);
		return diagram;
	});
}

/** The translation of an English MDX entry (`content/i18n/<lang>/<folder>/<id>.mdx`); missing fails the build. */
function translationOf<T extends { filePath?: string }>(translations: readonly T[], lang: Lang, folder: 'components' | 'docs', id: string): T {
	const file = `content/i18n/${lang}/${folder}/${id}.mdx`;
	const found = translations.find((t) => t.filePath === file);
	if (!found) throw new Error(`${file}: missing ${lang} translation of content/${folder}/${id}.mdx`);
	return found;
}

/** A component note in an edition: merged data, and the entry whose body to render. */
export interface LocalizedComponent {
	id: string;
	data: ComponentData;
	entry: CollectionEntry<'components'> | CollectionEntry<'componentTranslations'>;
}

/** Component notes of an edition, sorted by title. */
export async function getComponents(lang: Lang = DEFAULT_LANG): Promise<LocalizedComponent[]> {
	const english = await getCollection('components');
	// The content cache keeps notes validated against an older list of distributions: check again.
	const declared = (await getDistros()).map((d) => d.id);
	for (const entry of english) {
		const missing = declared.filter((id) => !entry.data.distros[id]);
		const unknown = Object.keys(entry.data.distros).filter((id) => !declared.includes(id));
		if (missing.length || unknown.length) {
			throw new Error(`content/components/${entry.id}.mdx: field "distros": ${[...missing.map((id) => `missing status for distro "${id}"`), ...unknown.map((id) => `"${id}" is not a declared distribution`)].join('; ')}`);
		}
	}
	const translations = lang === DEFAULT_LANG ? [] : await getCollection('componentTranslations');
	const list = english.map((entry): LocalizedComponent => {
		if (lang === DEFAULT_LANG) return { id: entry.id, data: entry.data, entry };
		const tr = translationOf(translations, lang, 'components', entry.id);
		const distros = Object.fromEntries(
			Object.entries(entry.data.distros).map(([distro, b]) => {
				const note = tr.data.notes[distro];
				if (!note) throw new Error(`content/i18n/${lang}/components/${entry.id}.mdx: field "notes.${distro}": missing ${lang} translation`);
				return [distro, { ...b, note }];
			}),
		);
		return { id: entry.id, data: { ...entry.data, title: tr.data.title, description: tr.data.description, distros, aliases: [...entry.data.aliases, ...tr.data.aliases] }, entry: tr };
	});
	return list.sort((a, b) => a.data.title.localeCompare(b.data.title, lang));
}

/** A page in an edition: merged frontmatter, and the entry whose body to render. */
export interface LocalizedDoc {
	id: string;
	data: DocData;
	entry: CollectionEntry<'docs'> | CollectionEntry<'docTranslations'>;
}

export async function getDocs(lang: Lang = DEFAULT_LANG): Promise<LocalizedDoc[]> {
	const english = await getCollection('docs');
	if (lang === DEFAULT_LANG) return english.map((entry) => ({ id: entry.id, data: entry.data, entry }));
	const translations = await getCollection('docTranslations');
	return english.map((entry) => {
		const tr = translationOf(translations, lang, 'docs', entry.id);
		return { id: entry.id, data: { ...entry.data, ...tr.data }, entry: tr };
	});
}

/** The pair-page text file of an edition. */
export const pairTextsFile = (lang: Lang) => (lang === DEFAULT_LANG ? 'content/data/pairs.yaml' : `content/i18n/${lang}/pairs.yaml`);

/** One pair page of an edition: the two distributions and the page's own title, description and lead. */
export interface PairPage extends Pair {
	text: PairText;
}

const pairPages = new Map<Lang, Promise<PairPage[]>>();

/** Every pair of declared distributions with its text in an edition; a missing text fails the build. */
export function getPairPages(lang: Lang = DEFAULT_LANG): Promise<PairPage[]> {
	let pages = pairPages.get(lang);
	if (!pages) {
		pages = getDistros().then((distros) => {
			const pairs = allPairs(distros);
			const file = pairTextsFile(lang);
			const texts = parsePairTexts({ path: file, text: readFileSync(join(process.cwd(), file), 'utf8') }, pairs);
			return pairs.map((pair) => ({ ...pair, text: texts.get(pair.id)! }));
		});
		pairPages.set(lang, pages);
	}
	return pages;
}
