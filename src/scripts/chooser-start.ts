/**
 * The chooser on /choose/: its code (./chooser) loads on first use, or at once when the URL
 * names requirements (`?need=a,b`, the chooser's `data-param`). Until then the page shows the
 * chooser's empty state, which the server rendered.
 */
import chooserUrl from './chooser?lazy';
import { lazyModule } from './lazy';

export function initChooserOnUse(): void {
	const root = document.getElementById('chooser');
	if (!root) return;
	const load = lazyModule<typeof import('./chooser')>(chooserUrl);
	let started: Promise<void> | undefined;
	const start = () => void (started ??= load().then((m) => m.initChooser(root)));
	if (new URLSearchParams(location.search).has(root.dataset.param ?? '')) start();
	for (const type of ['pointerenter', 'focusin', 'change']) root.addEventListener(type, start, { once: true });
}
