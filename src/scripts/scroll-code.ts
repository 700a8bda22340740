/**
 * A code value wider than its box scrolls inside it (code never wraps inside a word or a flag), and so
 * do tables in running text and component notes on a narrow screen. Such a box becomes focusable, so it can be scrolled from the keyboard; it stops being a tab
 * stop when the screen is wide enough again.
 */
export function focusScrollingCode(): void {
	const update = (box: HTMLElement) => {
		// Not laid out yet (a table off screen, content-visibility): measuring it now would lay it out. It is measured once it is, as its size changes then.
		if (!box.checkVisibility({ contentVisibilityAuto: true })) return;
		const scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX === 'auto';
		if (scrolls) box.tabIndex = 0;
		else if (box.hasAttribute('tabindex')) box.removeAttribute('tabindex');
	};
	// A box's size changes when it is first laid out and when the page's width changes what fits in it.
	const observer = new ResizeObserver((entries) => {
		for (const entry of entries) update(entry.target as HTMLElement);
	});
	// Code values, tables in running text and component notes: whatever may scroll sideways in its box.
	for (const box of document.querySelectorAll<HTMLElement>('main code, main .prose > table, main .bundling-list dd')) observer.observe(box);
}
