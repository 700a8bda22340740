/** Input types that take no typed text: a key pressed on them is free for a shortcut. */
const UNTYPED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether a key press goes to a text field or a list box; a checkbox is neither. */
function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	if (!el) return false;
	if (el.tagName === 'INPUT') return !UNTYPED_INPUTS.has((el as HTMLInputElement).type);
	return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/**
 * Whether a key press may act as a single-key shortcut (`/`, `d`, `j`, `k`, `?`): no Ctrl, Meta or
 * Alt, not typed into a field, and no dialog open (its keys belong to it, and the page is behind it).
 */
export function isShortcutKey(event: KeyboardEvent): boolean {
	return !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target) && !document.querySelector('dialog[open]');
}
