import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseDistros, type SourceFile } from '../lib/tables';
import { localizeRequirements, parseRequirements } from '../lib/requirements';
import type { Requirement } from '../schemas/requirement';
import { DEFAULT_LANG, PUBLISHED_LANGS, type Lang } from '../i18n/langs';
import { DISTROS_FILE, readTables } from './tables-loader';

export const REQUIREMENTS_FILE = 'content/data/requirements.yaml';
/** Another edition's requirement texts: `content/i18n/zh/requirements.yaml`. */
export const requirementsTranslation = (lang: Lang) => `content/i18n/${lang}/requirements.yaml`;

async function readSource(root: string, path: string): Promise<SourceFile | undefined> {
	const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
	return text === undefined ? undefined : { path, text };
}

/** Every edition's requirements, checked against the distributions and the table rows they cite. */
export async function readRequirements(root: string): Promise<Record<Lang, Requirement[]>> {
	const distros = parseDistros({ path: DISTROS_FILE, text: await readFile(join(root, DISTROS_FILE), 'utf8') });
	const rowIds = new Set((await readTables(root)).rows.map((r) => r.id));
	const file = await readSource(root, REQUIREMENTS_FILE);
	if (!file) throw new Error(`${REQUIREMENTS_FILE}: file is missing`);
	const english = parseRequirements(file, distros.map((d) => d.id), rowIds);
	const editions = { [DEFAULT_LANG]: english } as Record<Lang, Requirement[]>;
	for (const lang of PUBLISHED_LANGS.filter((l) => l !== DEFAULT_LANG)) {
		const path = requirementsTranslation(lang);
		editions[lang] = localizeRequirements(english, await readSource(root, path), lang, path);
	}
	return editions;
}

/** A content-layer loader over the requirements and their translations. */
export function requirementsLoader(): Loader {
	return {
		name: 'requirements',
		load: async ({ store, parseData, config, watcher, logger }) => {
			const root = new URL('.', config.root).pathname;
			const sync = async () => {
				const editions = await readRequirements(root);
				store.clear();
				for (const lang of PUBLISHED_LANGS) {
					for (const req of editions[lang]) {
						const id = lang === DEFAULT_LANG ? req.id : `${lang}/${req.id}`;
						store.set({ id, data: await parseData({ id, data: req as unknown as Record<string, unknown> }) });
					}
				}
			};
			await sync();
			watcher?.on('change', async (changed) => {
				if (!changed.endsWith('requirements.yaml') && !changed.includes('content/data/tables/') && !changed.endsWith(DISTROS_FILE)) return;
				try {
					await sync();
					logger.info('reloaded requirements');
				} catch (error) {
					logger.error((error as Error).message);
				}
			});
		},
	};
}
