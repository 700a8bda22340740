/**
 * Keys beyond search (`/`, Ctrl+K) and the differences switch (`d`): `j` and `k` move to the next
 * or previous table row shown (./row-keys, loaded on the first press, only on pages with tables),
 * and `?` opens the list of shortcuts, as the footer's button does.
 */
import { isShortcutKey } from './keys';
import { lazyModule } from './lazy';
import rowKeysUrl from './row-keys?lazy';

export function initShortcuts(): void {
	const list = document.getElementById('shortcuts') as HTMLDialogElement | null;
	const rowKeys = lazyModule<typeof import('./row-keys')>(rowKeysUrl);
	const hasRows = !!document.querySelector('table.cmp tbody tr[id]');
	// The list names only the keys that do something on this page.
	const present: Record<string, boolean> = { rows: hasRows, differences: !!document.getElementById('only-differences') };
	for (const item of list?.querySelectorAll<HTMLElement>('[data-needs]') ?? []) item.hidden = !present[item.dataset.needs!];
	document.querySelector('[data-opens="shortcuts"]')?.addEventListener('click', () => list?.showModal());
	document.addEventListener('keydown', (event) => {
		if (!isShortcutKey(event)) return;
		if (event.key === '?' && list) {
			event.preventDefault();
			list.showModal();
		} else if ((event.key === 'j' || event.key === 'k') && hasRows) {
			event.preventDefault();
			const step = event.key === 'j' ? 1 : -1;
			void rowKeys().then((m) => m.moveToRow(step));
		}
	});
}
