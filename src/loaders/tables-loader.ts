import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseDistros, parseTables, type LoadedTables } from '../lib/tables';

export const DISTROS_FILE = 'content/data/distros.yaml';
export const TABLES_DIR = 'content/data/tables';

/** Reads and validates every table file; a bad row fails the build with file, row id and field. */
export async function readTables(root: string): Promise<LoadedTables> {
	const distrosPath = join(root, DISTROS_FILE);
	const distros = parseDistros({ path: DISTROS_FILE, text: await readFile(distrosPath, 'utf8') });
	const dir = join(root, TABLES_DIR);
	const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
	const files = await Promise.all(
		names.map(async (name) => ({ path: relative(root, join(dir, name)), text: await readFile(join(dir, name), 'utf8') })),
	);
	return parseTables(files, distros);
}

/** A content-layer loader over the table files: `pick` chooses rows or groups. */
export function tablesLoader(pick: keyof LoadedTables): Loader {
	return {
		name: `tables-${pick}`,
		load: async ({ store, parseData, config, watcher, logger }) => {
			const root = new URL('.', config.root).pathname;
			const sync = async () => {
				const loaded = await readTables(root);
				store.clear();
				for (const entry of loaded[pick]) {
					const data = await parseData({ id: entry.id, data: entry as unknown as Record<string, unknown> });
					store.set({ id: entry.id, data });
				}
			};
			await sync();
			watcher?.add([join(root, TABLES_DIR), join(root, DISTROS_FILE)]);
			watcher?.on('change', async (changed) => {
				if (!changed.includes(`${TABLES_DIR}/`) && !changed.endsWith(DISTROS_FILE)) return;
				try {
					await sync();
					logger.info(`reloaded ${pick} from ${relative(root, changed)}`);
				} catch (error) {
					logger.error((error as Error).message);
				}
			});
		},
	};
}
