/**
 * Opens search on first intent and only then loads the search code and index:
 * the trigger button, `/` outside text fields, and Ctrl/⌘+K. Pointer over or focus on
 * the trigger starts the download early. `?search=<query>` (the other edition's
 * "search there" link) opens the dialog with that query.
 */
import { isShortcutKey } from './keys';
import { lazyModule } from './lazy';
import searchUiUrl from './search-ui?lazy';

const loadCode = lazyModule<typeof import('./search-ui')>(searchUiUrl);
let hinted = false;
/** Loads the search code; the edition's row entries download alongside it (a preload the dialog's fetch then uses). */
function loadWithRows(rowsUrl: string | undefined) {
	if (!hinted && rowsUrl) {
		hinted = true;
		document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: rowsUrl }));
	}
	return loadCode();
}

export function initSearchLauncher(): void {
	const trigger = document.getElementById('search-trigger');
	if (!trigger) return;
	const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
	const input = document.getElementById('search-input') as HTMLInputElement | null;
	const load = () => loadWithRows(dialog?.dataset.rows);
	// The dialog opens at once, before its code arrives, so nothing typed right after the key press is lost.
	const open = async () => {
		if (dialog && input && !dialog.open) {
			dialog.showModal();
			input.focus();
			input.select();
		}
		(await load()).openSearch(trigger);
	};
	trigger.addEventListener('click', open);
	// Warm up on hover or focus so the dialog opens instantly.
	const warmUp = () => void load().then((m) => m.warmUp());
	trigger.addEventListener('pointerenter', warmUp, { once: true });
	trigger.addEventListener('focus', warmUp, { once: true });
	const asked = new URLSearchParams(location.search).get('search');
	if (asked) void load().then((m) => m.openSearch(trigger, asked));
	document.addEventListener('keydown', (event) => {
		const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
		const slash = event.key === '/' && isShortcutKey(event);
		if (!modK && !slash) return;
		if (dialog?.open) return;
		event.preventDefault();
		void open();
	});
}
