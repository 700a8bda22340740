/**
 * The "only differences" view once in use (loaded by ./diff-toggle): the state lives in the URL
 * (the switch's `data-param=data-value`, e.g. `?only=differences`) and is applied through a root
 * attribute and CSS.
 */
export function initDiffFilter(toggle: HTMLInputElement): void {
	const root = document.documentElement;
	const { param = '', value = '' } = toggle.dataset;
	const apply = (on: boolean) => {
		toggle.checked = on;
		if (on) root.dataset.onlyDiff = '';
		else delete root.dataset.onlyDiff;
		// Tables with nothing left to show say so instead of showing an empty frame.
		for (const table of document.querySelectorAll<HTMLElement>('.row-table')) {
			table.toggleAttribute('data-all-same', on && !table.querySelector('tr[data-differs="true"], tr:target'));
		}
	};
	const keepInUrl = (on: boolean) => {
		const url = new URL(location.href);
		if (on) url.searchParams.set(param, value);
		else url.searchParams.delete(param);
		if (url.href !== location.href) history.replaceState(history.state, '', url);
	};
	// A click that came before this code loaded counts, as does the URL the page opened with.
	const on = toggle.checked || new URL(location.href).searchParams.get(param) === value;
	apply(on);
	keepInUrl(on);
	window.addEventListener('hashchange', () => apply(toggle.checked));
	// The distribution picker changed which rows differ.
	document.addEventListener('columnschange', () => apply(toggle.checked));
	toggle.addEventListener('change', () => {
		keepInUrl(toggle.checked);
		apply(toggle.checked);
	});
}
