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

/**
 * A control whose code loads on first use: the first pointer over, focus in or change on `element`
 * (or at once when `now`) loads the module and runs `init` with it, once. `init` must take into
 * account what the reader did before the code arrived (a tick, a key press).
 */
export function startOnFirstUse<T>(element: HTMLElement, url: string, init: (module: T) => void, now = false): void {
	const load = lazyModule<T>(url);
	let started: Promise<void> | undefined;
	const start = () => void (started ??= load().then(init));
	if (now) start();
	for (const type of ['pointerenter', 'focusin', 'change']) element.addEventListener(type, start, { once: true });
}
