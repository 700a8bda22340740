/**
 * The distribution picker on table pages. The head script applied the URL's or the session's
 * choice before paint (`data-columns` on <html>); this keeps the checkboxes in step with it. The
 * rest (checking the ids, rows that differ among other columns, the URL, the session,
 * announcements) loads with the first use of the picker, or at once when the page opens with a
 * choice other than the default.
 */
import { announce } from './announce';
import { startOnFirstUse } from './lazy';
import pickerUrl from './picker?lazy';

export interface PickerState {
	picker: HTMLElement;
	known: string[];
	defaults: string[];
	/** What the head script applied: the URL's or the session's ids, not yet checked against `known`. */
	applied: string[];
	/** The page script's live region (handed over so the picker's chunk shares no code with it). */
	announce: typeof announce;
}

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

export function initColumns(): void {
	const picker = document.querySelector<HTMLElement>('[data-distro-picker]');
	if (!picker) return;
	const state: PickerState = {
		picker,
		known: words(picker.dataset.known),
		defaults: words(picker.dataset.default),
		applied: words(document.documentElement.dataset.columns),
		announce,
	};
	for (const box of picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = state.applied.includes(box.value);
	const isDefault = state.applied.length === state.defaults.length && state.applied.every((id) => state.defaults.includes(id));
	startOnFirstUse<typeof import('./picker')>(picker, pickerUrl, (m) => m.initPicker(state), !isDefault);
}
