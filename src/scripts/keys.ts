/** Input types that take no typed text: a key pressed on them is free for a shortcut. */
const UNTYPED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether a key press goes to a text field or a list box (so single-key shortcuts leave it alone); a checkbox is neither. */
export function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	if (!el) return false;
	if (el.tagName === 'INPUT') return !UNTYPED_INPUTS.has((el as HTMLInputElement).type);
	return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}
