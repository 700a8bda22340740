/**
 * The one place pages and components get content from. Wraps `astro:content`
 * and caches the sorted collections for the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Distro } from '../schemas/distro';
import type { Group, Row } from '../schemas/row';
import type { TablePage } from '../lib/urls';

let cache: Promise<{ distros: Distro[]; rows: Row[]; groups: Group[] }> | undefined;

async function load() {
	const [distros, rows, groups] = await Promise.all([getCollection('distros'), getCollection('rows'), getCollection('groups')]);
	const byFileOrder = <T extends { file: string; order: number }>(a: T, b: T) => a.file.localeCompare(b.file) || a.order - b.order;
	return {
		distros: distros.map((d) => d.data),
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

export async function getAllRows(): Promise<Row[]> {
	return (await data()).rows;
}

export async function getAllGroups(): Promise<Group[]> {
	return (await data()).groups;
}

/** One group and its rows in file order; unknown ids fail the build with the known ones listed. */
export async function getGroup(id: string): Promise<{ group: Group; rows: Row[] }> {
	const { groups, rows } = await data();
	const group = groups.find((g) => g.id === id);
	if (!group) throw new Error(`Unknown table group "${id}" (known: ${groups.map((g) => g.id).join(', ')})`);
	return { group, rows: rows.filter((r) => r.table === group.table && r.group === id) };
}

export async function getGroupsOfPage(page: TablePage): Promise<Group[]> {
	return (await data()).groups.filter((g) => g.page === page);
}

export async function getComponents(): Promise<CollectionEntry<'components'>[]> {
	return (await getCollection('components')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

export async function getDocs(): Promise<CollectionEntry<'docs'>[]> {
	return getCollection('docs');
}
