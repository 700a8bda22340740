/**
 * The distribution picker on table pages. The head script applied the URL's or the session's
 * choice before paint; this checks it against the declared distributions and keeps the checkboxes
 * in step. The rest (rows that differ among other columns, the URL, the session, announcements)
 * loads with the first use of the picker, or at once when the page opens with a choice of its own.
 */
import { COLUMNS_KEY, COLUMNS_PARAM, resolveColumns } from '../lib/columns';

export interface PickerState {
	picker: HTMLElement;
	known: string[];
	defaults: string[];
	shown: string[];
}

function remembered(): string | null {
	try {
		return sessionStorage.getItem(COLUMNS_KEY);
	} catch {
		return null; // Storage refused: the URL still carries the choice.
	}
}

export function initColumns(): void {
	const picker = document.querySelector<HTMLElement>('[data-distro-picker]');
	if (!picker) return;
	const root = document.documentElement;
	const known = (picker.dataset.known ?? '').split(' ');
	const defaults = (picker.dataset.default ?? '').split(' ');
	const shown = resolveColumns(known, defaults, new URL(location.href).searchParams.get(COLUMNS_PARAM), remembered());
	root.dataset.columns = shown.join(' ');
	root.dataset.shownCount = String(shown.length);
	for (const box of picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = shown.includes(box.value);
	const state: PickerState = { picker, known, defaults, shown };
	let loading: Promise<void> | undefined;
	const load = () => (loading ??= import('./picker').then((m) => m.initPicker(state)));
	const isDefault = shown.length === defaults.length && shown.every((id) => defaults.includes(id));
	if (!isDefault) void load();
	for (const type of ['pointerenter', 'focusin', 'change']) picker.addEventListener(type, () => void load(), { once: true });
}
