import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseDistros } from '../lib/tables';
import { localizeDiagrams, parseDiagrams } from '../lib/diagrams';
import type { Diagram } from '../schemas/diagram';
import { DEFAULT_LANG, PUBLISHED_LANGS, type Lang } from '../i18n/langs';
import { DISTROS_FILE, readYamlDir } from './tables-loader';

export const DIAGRAMS_DIR = 'content/data/diagrams';
/** Where another edition's diagram text lives: `content/i18n/zh/diagrams/`. */
export const diagramTranslationsDir = (lang: Lang) => `content/i18n/${lang}/diagrams`;

/** Every edition's diagrams; a bad file or a missing translation fails the build with file, item and field. */
export async function readDiagramEditions(root: string): Promise<Record<Lang, Diagram[]>> {
	const distros = parseDistros({ path: DISTROS_FILE, text: await readFile(join(root, DISTROS_FILE), 'utf8') });
	const english = parseDiagrams(await readYamlDir(root, DIAGRAMS_DIR), distros.map((d) => d.id));
	const editions = { [DEFAULT_LANG]: english } as Record<Lang, Diagram[]>;
	for (const lang of PUBLISHED_LANGS.filter((l) => l !== DEFAULT_LANG)) {
		const dir = diagramTranslationsDir(lang);
		editions[lang] = localizeDiagrams(english, await readYamlDir(root, dir), lang, dir);
	}
	return editions;
}

/** A content-layer loader over the diagram files: one entry per distribution and edition (`k0s`, `zh/k0s`). */
export function diagramsLoader(): Loader {
	return {
		name: 'diagrams',
		load: async ({ store, parseData, config, watcher, logger }) => {
			const root = new URL('.', config.root).pathname;
			const sync = async () => {
				const editions = await readDiagramEditions(root);
				store.clear();
				for (const lang of PUBLISHED_LANGS) {
					for (const diagram of editions[lang]) {
						const id = lang === DEFAULT_LANG ? diagram.distro : `${lang}/${diagram.distro}`;
						store.set({ id, data: await parseData({ id, data: diagram as unknown as Record<string, unknown> }) });
					}
				}
			};
			await sync();
			watcher?.add([join(root, DIAGRAMS_DIR), join(root, DISTROS_FILE), join(root, 'content/i18n')]);
			watcher?.on('change', async (changed) => {
				if (!changed.includes(`${DIAGRAMS_DIR}/`) && !/content\/i18n\/[^/]+\/diagrams\//.test(changed) && !changed.endsWith(DISTROS_FILE)) return;
				try {
					await sync();
					logger.info(`reloaded diagrams from ${relative(root, changed)}`);
				} catch (error) {
					logger.error((error as Error).message);
				}
			});
		},
	};
}
