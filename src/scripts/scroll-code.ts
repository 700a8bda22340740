/**
 * A code value wider than its box scrolls inside it (code never wraps inside a word or a flag), and so
 * do tables in running text and component notes on a narrow screen. Such a box becomes focusable, so it can be scrolled from the keyboard; it stops being a tab
 * stop when the screen is wide enough again.
 */
export function focusScrollingCode(): void {
	let queued = false;
	const update = () => {
		queued = false;
		// Code values, tables in running text and component notes: whatever scrolls sideways in its box.
		for (const code of document.querySelectorAll<HTMLElement>('main code, main .prose > table, main .bundling-list dd')) {
			// A table the browser has not laid out yet (content-visibility) is measured once it comes near: measuring now would lay it out.
			if (!code.checkVisibility({ contentVisibilityAuto: true })) continue;
			const scrolls = code.scrollWidth > code.clientWidth + 1 && getComputedStyle(code).overflowX === 'auto';
			if (scrolls) code.tabIndex = 0;
			else if (code.hasAttribute('tabindex')) code.removeAttribute('tabindex');
		}
	};
	const schedule = () => {
		if (!queued) {
			queued = true;
			requestAnimationFrame(update);
		}
	};
	addEventListener('resize', schedule, { passive: true });
	// Fired on a skipped table when it comes near (it does not bubble).
	document.addEventListener('contentvisibilityautostatechange', schedule, { capture: true, passive: true });
	schedule();
}
