/** The language switch keeps the reader's place: the same page, query and #anchor in the other edition. */
export function initLanguageSwitch(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
		link.addEventListener('click', () => {
			const target = new URL(link.href);
			target.search = location.search;
			target.hash = location.hash;
			link.href = target.href;
		});
	}
}
