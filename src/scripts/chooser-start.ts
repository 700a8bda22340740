/**
 * The chooser on /choose/: its code (./chooser) loads on first use, or at once when the URL
 * names requirements (`?need=a,b`, the chooser's `data-param`). Until then the page shows the
 * chooser's empty state, which the server rendered.
 */
import chooserUrl from './chooser?lazy';
import { startOnFirstUse } from './lazy';

export function initChooserOnUse(): void {
	const root = document.getElementById('chooser');
	if (!root) return;
	const asked = new URLSearchParams(location.search).has(root.dataset.param ?? '');
	startOnFirstUse<typeof import('./chooser')>(root, chooserUrl, (m) => m.initChooser(root), asked);
}
