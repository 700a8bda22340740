/**
 * The picker's behaviour once in use (loaded by ./columns): marks which rows differ among the shown
 * columns, offers the pair page when two are shown, keeps the choice in the URL (`?d=`) and the
 * session, and tells screen readers what is shown.
 */
import { COLUMNS_KEY, COLUMNS_PARAM, columnsParam, differsAmong, resolveColumns } from '../lib/columns';
import { joinList } from '../lib/format';
import { withListParam } from '../lib/query-string';
import { isLang } from '../i18n/langs';
import { pairPath, withBase } from '../lib/urls';
import type { PickerState } from './columns';

function remembered(): string | null {
	try {
		return sessionStorage.getItem(COLUMNS_KEY);
	} catch {
		return null; // Storage refused: the URL still carries the choice.
	}
}

export function initPicker({ picker, known, defaults, announce }: PickerState): void {
	// The head script's choice, now checked against the declared distributions.
	const initial = resolveColumns(known, defaults, new URL(location.href).searchParams.get(COLUMNS_PARAM), remembered());
	const root = document.documentElement;
	const lang = root.lang.split('-')[0];
	const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const names = new Map(boxes.map((box) => [box.value, box.dataset.name ?? box.value]));
	const pairLink = picker.querySelector<HTMLAnchorElement>('.distro-picker__pair')!;
	const text = (key: string, values: Record<string, string>) => (picker.dataset[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

	const apply = (shown: string[]) => {
		root.dataset.columns = shown.join(' ');
		root.dataset.shownCount = String(shown.length);
		for (const row of document.querySelectorAll<HTMLElement>('[data-picker-scope] tr[data-differs]')) {
			row.dataset.differs = String(differsAmong(shown.map((id) => row.querySelector<HTMLElement>(`[data-distro="${id}"]`)?.dataset.v)));
		}
		pairLink.hidden = shown.length !== 2;
		if (shown.length === 2) {
			pairLink.href = withBase(root.dataset.base ?? '/', `${root.dataset.langPrefix ?? ''}${pairPath(shown[0]!, shown[1]!)}`);
			pairLink.textContent = text('msgPair', { a: names.get(shown[0]!)!, b: names.get(shown[1]!)! });
		}
		const search = withListParam(location.search, COLUMNS_PARAM, columnsParam(shown, known, defaults)?.split(',') ?? []);
		if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
		try {
			sessionStorage.setItem(COLUMNS_KEY, shown.join(','));
		} catch {
			// Storage refused: the URL still carries the choice.
		}
		// The differences switch re-applies itself to the new columns.
		document.dispatchEvent(new CustomEvent('columnschange'));
	};

	const checked = () => boxes.filter((box) => box.checked).map((box) => box.value);
	const showing = (shown: string[]) => text('msgShowing', { list: joinList(shown.map((id) => names.get(id)!), isLang(lang) ? lang : 'en') });

	// A click that came before this code loaded counts too, and is held to the same rule: when it unticked
	// the last shown distribution, that one is ticked again, as it would have been.
	const first = checked();
	if (!first.length) {
		for (const box of boxes) box.checked = initial.includes(box.value);
		announce(text('msgKeepOne', {}));
	}
	apply(first.length ? first : initial);
	if (first.length && first.join() !== initial.join()) announce(showing(first));

	picker.addEventListener('change', (event) => {
		const shown = checked();
		if (!shown.length) {
			(event.target as HTMLInputElement).checked = true;
			announce(text('msgKeepOne', {}));
			return;
		}
		apply(shown);
		announce(showing(shown));
	});
}
