/**
 * Opens search on first intent and only then loads the search code and index:
 * the trigger button, `/` outside text fields, and Ctrl/⌘+K. Pointer over or focus on
 * the trigger starts the download early. `?search=<query>` (the other edition's
 * "search there" link) opens the dialog with that query.
 */
import { searchRowsUrl } from './search-urls';

type SearchModule = typeof import('./search-ui');

let loading: Promise<SearchModule> | undefined;
/** Loads the search code; the row entries download alongside it (a preload the dialog's fetch then uses). */
const load = () => {
	if (!loading) {
		const hint = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: searchRowsUrl() });
		document.head.append(hint);
	}
	return (loading ??= import('./search-ui'));
};

function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function initSearchLauncher(): void {
	const trigger = document.getElementById('search-trigger');
	if (!trigger) return;
	const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
	const input = document.getElementById('search-input') as HTMLInputElement | null;
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
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
		if (!modK && !slash) return;
		if (dialog?.open) return;
		event.preventDefault();
		void open();
	});
}
