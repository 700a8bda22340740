/**
 * Loads, once, a module that was built as a chunk of its own (`import url from './x?lazy'`, see
 * src/integrations/lazy-modules.ts); every later call shares the first call's promise, and a
 * failed download is forgotten so the next use tries again.
 */
export function lazyModule<T>(url: string): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () => {
		loading ??= import(/* @vite-ignore */ url) as Promise<T>;
		loading.catch(() => (loading = undefined));
		return loading;
	};
}
