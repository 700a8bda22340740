/**
 * The "only differences" switch. Its behaviour (./diff-filter) loads on first use, or at once
 * when the page opens with the filtered view in its URL; the `d` key flips it from anywhere.
 */
import diffFilterUrl from './diff-filter?lazy';
import { isTyping } from './keys';
import { lazyModule } from './lazy';

export function initDiffToggle(): void {
	const toggle = document.getElementById('only-differences') as HTMLInputElement | null;
	if (!toggle) return;
	const load = lazyModule<typeof import('./diff-filter')>(diffFilterUrl);
	let started: Promise<void> | undefined;
	const start = () => void (started ??= load().then((m) => m.initDiffFilter(toggle)));
	if (new URLSearchParams(location.search).get(toggle.dataset.param ?? '') === toggle.dataset.value) start();
	for (const type of ['pointerenter', 'focus', 'change']) toggle.addEventListener(type, start, { once: true });
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'd' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
		toggle.click();
	});
}
