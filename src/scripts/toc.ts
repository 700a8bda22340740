/**
 * The page contents: marks the section being read (the last heading above the reading line)
 * with aria-current, and closes the narrow-screen "jump to" list once a link in it is chosen.
 */
export function initTableOfContents(): void {
	const toc = document.querySelector<HTMLElement>('nav.toc');
	if (!toc) return;
	const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
	const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
	let current: HTMLAnchorElement | undefined;
	let queued = false;
	const mark = () => {
		queued = false;
		// Where a jump to a section puts its heading: the page's scroll padding plus the heading's scroll margin.
		const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
		let index = 0;
		targets.forEach((el, i) => {
			if (el && el.getBoundingClientRect().top <= padding + (parseFloat(getComputedStyle(el).scrollMarginTop) || 0) + 8) index = i;
		});
		const next = links[index];
		if (next === current) return;
		current?.removeAttribute('aria-current');
		next?.setAttribute('aria-current', 'true');
		current = next;
	};
	const schedule = () => {
		if (!queued) {
			queued = true;
			requestAnimationFrame(mark);
		}
	};
	addEventListener('scroll', schedule, { passive: true });
	addEventListener('resize', schedule, { passive: true });
	schedule();
	const details = toc.querySelector('details');
	toc.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) details?.removeAttribute('open');
	});
	toc.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && details?.open) {
			details.removeAttribute('open');
			details.querySelector('summary')?.focus();
		}
	});
}
