/**
 * `j` and `k`: keyboard focus to the next or previous table row shown (rows "only differences"
 * hides are skipped). Loaded on the first press (./shortcuts).
 */

/** Focuses the label of the next (1) or previous (-1) row shown; from the top of the screen when no row has focus. */
export function moveToRow(step: 1 | -1): void {
	const rows = [...document.querySelectorAll<HTMLElement>('table.cmp tbody tr[id]')].filter((row) => row.checkVisibility());
	if (!rows.length) return;
	let index = rows.indexOf(document.activeElement?.closest<HTMLElement>('tr[id]') as HTMLElement);
	if (index >= 0) index += step;
	else {
		// The first row below the sticky header, or the one just above it when going up.
		const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
		const below = rows.findIndex((row) => row.getBoundingClientRect().top >= top - 1);
		index = below < 0 ? rows.length - 1 : step > 0 ? below : below - 1;
	}
	const row = rows[Math.min(rows.length - 1, Math.max(0, index))]!;
	row.querySelector<HTMLElement>('th > a')?.focus({ preventScroll: true });
	row.scrollIntoView({ block: 'nearest' });
}
