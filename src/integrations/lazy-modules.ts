/**
 * `import url from './module?lazy'` gives the URL of `module` built as a chunk of its own, to load
 * later with `import(url)`. A plain `import('./module')` would do the same, but Vite then wraps it
 * in its preload helper (about 0.9 KB gzip in the first-load script of every page) to preload
 * dependencies and CSS that our lazy modules do not have.
 */
import type { Plugin } from 'vite';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy:';

export function lazyModules(): Plugin {
	let serving = false;
	return {
		name: 'lazy-modules',
		// Before Vite's resolver, which would treat the suffix as a query on the module itself.
		enforce: 'pre',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return null;
			const target = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
			if (!target) this.error(`lazy module not found: ${source} (imported by ${importer})`);
			return PREFIX + target.id;
		},
		load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const file = id.slice(PREFIX.length);
			// The dev server serves source modules by their file path.
			if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
			const ref = this.emitFile({ type: 'chunk', id: file });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		},
	};
}
