/** URL parameter that carries the "only differences" view, so the filtered table can be shared. */
export const ONLY_PARAM = 'only';
export const ONLY_VALUE = 'differences';

/** Wires the "only differences" switch: state in the URL, applied through a root attribute and CSS. */
export function initDiffToggle(): void {
	const toggle = document.getElementById('only-differences') as HTMLInputElement | null;
	if (!toggle) return;
	const root = document.documentElement;
	const apply = (on: boolean) => {
		toggle.checked = on;
		if (on) root.dataset.onlyDiff = '';
		else delete root.dataset.onlyDiff;
		// Tables with nothing left to show say so instead of showing an empty frame.
		for (const table of document.querySelectorAll<HTMLElement>('.row-table')) {
			table.toggleAttribute('data-all-same', on && !table.querySelector('tr[data-differs="true"], tr:target'));
		}
	};
	apply(new URL(location.href).searchParams.get(ONLY_PARAM) === ONLY_VALUE);
	window.addEventListener('hashchange', () => apply(toggle.checked));
	// The distribution picker changed which rows differ.
	document.addEventListener('columnschange', () => apply(toggle.checked));
	toggle.addEventListener('change', () => {
		const url = new URL(location.href);
		if (toggle.checked) url.searchParams.set(ONLY_PARAM, ONLY_VALUE);
		else url.searchParams.delete(ONLY_PARAM);
		history.replaceState(history.state, '', url);
		apply(toggle.checked);
	});
	document.addEventListener('keydown', (event) => {
		const el = event.target as HTMLElement;
		if (event.key !== 'd' || event.ctrlKey || event.metaKey || event.altKey || el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return;
		toggle.click();
	});
}
