import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseDistros, parseTables, type LoadedTables, type SourceFile } from '../lib/tables';
import { localizeTables } from '../lib/translations';
import { DEFAULT_LANG, PUBLISHED_LANGS, type Lang } from '../i18n/langs';

export const DISTROS_FILE = 'content/data/distros.yaml';
export const TABLES_DIR = 'content/data/tables';
/** Where the tables of another edition live: `content/i18n/zh/tables/`. */
export const translationsDir = (lang: Lang) => `content/i18n/${lang}/tables`;

/** The YAML files of a folder, sorted by name (none when the folder does not exist). */
export async function readYamlDir(root: string, dir: string): Promise<SourceFile[]> {
	const names = (await readdir(join(root, dir)).catch(() => [] as string[])).filter((name) => /\.ya?ml$/.test(name)).sort();
	return Promise.all(names.map(async (name) => ({ path: `${dir}/${name}`, text: await readFile(join(root, dir, name), 'utf8') })));
}

/** Reads and validates every table file; a bad row fails the build with file, row id and field. */
export async function readTables(root: string): Promise<LoadedTables> {
	const distros = parseDistros({ path: DISTROS_FILE, text: await readFile(join(root, DISTROS_FILE), 'utf8') });
	return parseTables(await readYamlDir(root, TABLES_DIR), distros);
}

/** Every edition's rows and groups; a missing translation fails the build. */
export async function readEditions(root: string): Promise<Record<Lang, LoadedTables>> {
	const english = await readTables(root);
	const editions = { [DEFAULT_LANG]: english } as Record<Lang, LoadedTables>;
	for (const lang of PUBLISHED_LANGS.filter((l) => l !== DEFAULT_LANG)) {
		editions[lang] = localizeTables(english, await readYamlDir(root, translationsDir(lang)), lang, translationsDir(lang));
	}
	return editions;
}

/** The newest modification time of the table inputs: both collections share one read while it is unchanged. */
async function inputsStamp(root: string): Promise<string> {
	const dirs = [TABLES_DIR, ...PUBLISHED_LANGS.filter((l) => l !== DEFAULT_LANG).map(translationsDir)];
	const files = [DISTROS_FILE, ...(await Promise.all(dirs.map(async (d) => (await readdir(join(root, d)).catch(() => [] as string[])).map((n) => `${d}/${n}`)))).flat()];
	const times = await Promise.all(files.map(async (f) => (await stat(join(root, f))).mtimeMs));
	return `${files.length}:${Math.max(...times)}`;
}

let shared: { stamp: string; editions: Promise<Record<Lang, LoadedTables>> } | undefined;

/** `readEditions`, read and validated once for the rows and the groups collections. */
async function readEditionsOnce(root: string): Promise<Record<Lang, LoadedTables>> {
	const stamp = await inputsStamp(root);
	if (shared?.stamp !== stamp) shared = { stamp, editions: readEditions(root) };
	return shared.editions;
}

/** A content-layer loader over the table files: `pick` chooses rows or groups. */
export function tablesLoader(pick: keyof LoadedTables): Loader {
	return {
		name: `tables-${pick}`,
		load: async ({ store, parseData, config, watcher, logger }) => {
			const root = new URL('.', config.root).pathname;
			const sync = async () => {
				const editions = await readEditionsOnce(root);
				store.clear();
				for (const lang of PUBLISHED_LANGS) {
					for (const entry of editions[lang][pick]) {
						const id = lang === DEFAULT_LANG ? entry.id : `${lang}/${entry.id}`;
						const data = await parseData({ id, data: { ...entry, lang } as unknown as Record<string, unknown> });
						store.set({ id, data });
					}
				}
			};
			await sync();
			watcher?.add([join(root, TABLES_DIR), join(root, DISTROS_FILE), join(root, 'content/i18n')]);
			watcher?.on('change', async (changed) => {
				if (!changed.includes(`${TABLES_DIR}/`) && !changed.includes('content/i18n/') && !changed.endsWith(DISTROS_FILE)) return;
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
