/**
 * The "only differences" switch. Its behaviour (./diff-filter) loads on first use, or at once
 * when the page opens with the filtered view in its URL; the `d` key flips it from anywhere.
 */
import diffFilterUrl from './diff-filter?lazy';
import { isShortcutKey } from './keys';
import { startOnFirstUse } from './lazy';

export function initDiffToggle(): void {
	const toggle = document.getElementById('only-differences') as HTMLInputElement | null;
	if (!toggle) return;
	const asked = new URLSearchParams(location.search).get(toggle.dataset.param ?? '') === toggle.dataset.value;
	startOnFirstUse<typeof import('./diff-filter')>(toggle, diffFilterUrl, (m) => m.initDiffFilter(toggle), asked);
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'd' || !isShortcutKey(event)) return;
		toggle.click();
	});
}
