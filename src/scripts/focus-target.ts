/**
 * After an in-page jump (a search result or an anchor on the same page), move keyboard
 * focus to the target, so Tab continues from the row the reader landed on rather than
 * from the search button or the link they used.
 */
export function focusTargetOnHashChange(): void {
	window.addEventListener('hashchange', () => {
		const id = decodeURIComponent(location.hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		if (!target) return;
		if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
		target.focus({ preventScroll: true });
	});
}
