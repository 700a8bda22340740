import { announce } from './announce';

/** Copies text with the async clipboard API, or with a hidden textarea where that API is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Fall through: insecure context or permission refused.
	}
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.className = 'clipboard-fallback';
	document.body.append(area);
	area.select();
	let ok = false;
	try {
		ok = document.execCommand('copy');
	} catch {
		ok = false;
	}
	area.remove();
	return ok;
}

/** The absolute URL of this page with the given anchor, without query noise. */
export function linkTo(anchor: string): string {
	const url = new URL(window.location.href);
	url.hash = anchor;
	return url.href;
}

/** One listener for every copy button on the page (values and links). */
export function initCopyButtons(): void {
	document.addEventListener('click', async (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy], button[data-copy-anchor]');
		if (!button) return;
		const anchor = button.dataset.copyAnchor;
		const text = anchor !== undefined ? linkTo(anchor) : (button.dataset.copy ?? '');
		const ok = await copyText(text);
		const strings = document.documentElement.dataset;
		button.dataset.state = ok ? 'copied' : 'failed';
		announce(ok ? (anchor !== undefined ? (strings.msgLinkCopied ?? 'Link copied') : (strings.msgValueCopied ?? 'Copied')) : (strings.msgCopyFailed ?? 'Copy failed'));
		window.setTimeout(() => delete button.dataset.state, 1800);
	});
}
