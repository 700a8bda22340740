/**
 * The search dialog. Loaded on first intent, with the results' styles; fetches the row entries
 * at once, and Pagefind for the first query that leaves room for page sections. Row results
 * render as soon as the entries are indexed (a few milliseconds); page sections follow when
 * Pagefind answers. Results are a listbox of links; arrows move, Enter opens,
 * Escape closes and returns focus. Index text is inserted as text nodes only, except
 * Pagefind's own <mark>, which is rebuilt from parts.
 */
import { runSearch, searchRows, type EditionSearch, type PagefindApi, type SearchHit, type SearchOutcome } from '../lib/search/engine';
import type { SearchEntry } from '../lib/search/entries';
import { excerptParts } from '../lib/search/excerpt';
import { statusMessage, type SearchStrings } from '../lib/search/messages';
import { RowSearch } from '../lib/search/rows';
import resultsStylesUrl from './search-results.css?url';

interface Strings extends SearchStrings {
	loading: string;
	devOnly: string;
	error: string;
	otherEdition: string;
	otherEditionBadge: string;
	otherEditionPath: string;
	otherEditionLang: string;
	/** The other edition's row entries. */
	otherRowsUrl: string;
	step: string;
	none: string;
}

const dialog = document.getElementById('search-dialog') as HTMLDialogElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const list = document.getElementById('search-results') as HTMLUListElement;
const status = document.getElementById('search-status') as HTMLParagraphElement;
const otherLink = document.getElementById('search-other') as HTMLAnchorElement;
const closeButton = document.getElementById('search-close') as HTMLButtonElement;
const strings = JSON.parse(document.getElementById('search-strings')?.textContent ?? '{}') as Strings;
const base = document.documentElement.dataset.base ?? '/';
const lang = document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';

// The results' styles come with this code, so a page nobody searches loads none of them.
const stylesReady = new Promise<void>((resolve) => {
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: resultsStylesUrl });
	link.addEventListener('load', () => resolve());
	link.addEventListener('error', () => resolve());
	document.head.append(link);
});

let returnFocus: HTMLElement | null = null;
let rowsReady: Promise<RowSearch> | undefined;
let pagefindReady: Promise<PagefindApi> | undefined;
let otherReady: Promise<EditionSearch> | undefined;
let active = -1;
let latest = 0;
let pagefindLoaded = false;
let typedAt = 0;

/** Resolves once no key has been typed for a moment (the first query only: later ones are instant anyway). */
function pause(): Promise<void> {
	return new Promise((resolve) => {
		const check = () => (performance.now() - typedAt >= PAUSE_MS ? resolve() : setTimeout(check, PAUSE_MS - (performance.now() - typedAt)));
		check();
	});
}
const PAUSE_MS = 150;

async function fetchEntries(url: string): Promise<RowSearch> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return new RowSearch((await response.json()) as SearchEntry[]);
}

/** The edition's row entries, fetched once; a failure is forgotten so the next attempt retries. */
function loadRows(): Promise<RowSearch> {
	rowsReady ??= fetchEntries(dialog.dataset.rows ?? '');
	rowsReady.catch(() => (rowsReady = undefined));
	return rowsReady;
}

/** Pagefind (code, WebAssembly, index), loaded the first time a query leaves room for page sections. */
function loadPagefind(): Promise<PagefindApi> {
	pagefindReady ??= (async () => {
		// A URL in a variable keeps the bundler from trying to resolve it: Pagefind is built after the site.
		const pagefindUrl = `${base}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as PagefindApi & { options(o: object): Promise<void>; init(): Promise<void> };
		// On the page, not in Pagefind's Web Worker: for an index this small the worker saves the page one task
		// of about 60 ms (run after a pause in typing anyway), costs another 13 KB download, and, when it is slow
		// to start, holds the first answer back 5 s until Pagefind gives up on it.
		await pagefind.options({ baseUrl: base, excerptLength: 18, noWorker: true });
		await pagefind.init();
		pagefindLoaded = true;
		return pagefind;
	})();
	pagefindReady.catch(() => (pagefindReady = undefined));
	return pagefindReady;
}

function loadOtherEdition(): Promise<EditionSearch> {
	otherReady ??= fetchEntries(strings.otherRowsUrl).then((rows) => ({ rows, base }));
	otherReady.catch(() => (otherReady = undefined));
	return otherReady;
}

function optionId(i: number) {
	return `search-option-${i}`;
}

function setActive(index: number) {
	const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
	if (!options.length) return;
	active = (index + options.length) % options.length;
	options.forEach((el, i) => el.setAttribute('aria-selected', String(i === active)));
	input.setAttribute('aria-activedescendant', optionId(active));
	options[active]!.scrollIntoView({ block: 'nearest' });
}

function text(tag: string, className: string, content: string) {
	const el = document.createElement(tag);
	el.className = className;
	el.textContent = content;
	return el;
}

function renderValues(hit: SearchHit): HTMLElement {
	const grid = document.createElement('span');
	grid.className = 'search-hit__values';
	for (const cell of hit.values ?? []) {
		const item = document.createElement('span');
		item.className = `search-hit__value${cell.asked ? ' is-asked' : ''}`;
		item.append(text('span', 'search-hit__distro', cell.distro));
		if (cell.value === null) item.append(text('span', 'search-hit__none', strings.none));
		else {
			const code = text('code', '', cell.value);
			// Cut with an ellipsis in the list; the whole value shows on hover and on the selected option.
			code.title = cell.value;
			item.append(code);
			if (cell.steps > 1) item.append(text('span', 'search-hit__step', strings.step.replace('{n}', String(cell.step)).replace('{of}', String(cell.steps))));
		}
		grid.append(item);
	}
	return grid;
}

function renderHit(hit: SearchHit, i: number): HTMLLIElement {
	const li = document.createElement('li');
	li.setAttribute('role', 'presentation');
	const link = document.createElement('a');
	link.href = hit.url;
	link.id = optionId(i);
	link.setAttribute('role', 'option');
	link.setAttribute('aria-selected', 'false');
	link.tabIndex = -1;
	link.className = `search-hit search-hit--${hit.kind}`;
	if (hit.otherEdition) {
		link.hreflang = strings.otherEditionLang;
		link.lang = strings.otherEditionLang;
	}
	const head = document.createElement('span');
	head.className = 'search-hit__head';
	head.append(text('span', 'search-hit__title', hit.title));
	if (hit.pageTitle) head.append(text('span', 'search-hit__page', hit.pageTitle));
	if (hit.otherEdition) head.append(text('span', 'search-hit__edition', strings.otherEditionBadge));
	link.append(head);
	if (hit.values?.length) link.append(renderValues(hit));
	else if (hit.excerpt) {
		const excerpt = document.createElement('span');
		excerpt.className = 'search-hit__excerpt';
		for (const part of excerptParts(hit.excerpt)) excerpt.append(part.mark ? text('mark', '', part.text) : document.createTextNode(part.text));
		link.append(excerpt);
	}
	link.addEventListener('click', () => close(false));
	li.append(link);
	return li;
}

function show(outcome: SearchOutcome, final: boolean) {
	const keep = active >= 0 && list.children.length ? active : -1;
	list.replaceChildren(...outcome.hits.map(renderHit));
	active = -1;
	input.removeAttribute('aria-activedescendant');
	if (keep >= 0 && keep < outcome.hits.length) setActive(keep);
	input.setAttribute('aria-expanded', String(outcome.hits.length > 0));
	if (!final && !outcome.hits.length) return; // Pages may still find something; say nothing yet.
	const message = statusMessage(outcome, strings);
	status.textContent = message.text;
	otherLink.hidden = !final || !message.otherEdition;
	if (!otherLink.hidden) {
		otherLink.textContent = `${strings.otherEdition} “${[...outcome.typed].slice(0, 80).join('')}”`;
		otherLink.href = `${base}${strings.otherEditionPath.replace(/^\//, '')}?search=${encodeURIComponent(outcome.typed)}`;
	}
	dialog.dataset.state = final ? 'ready' : 'rows';
	// Which query the list now answers in full (tests and tools wait for it).
	if (final) dialog.dataset.searched = outcome.typed;
}

async function update() {
	const query = input.value;
	const ticket = ++latest;
	if (!query.trim()) {
		list.replaceChildren();
		status.textContent = '';
		otherLink.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		dialog.dataset.searched = '';
		return;
	}
	try {
		const [rows] = await Promise.all([loadRows(), stylesReady]);
		if (ticket !== latest) return; // A newer keystroke won.
		// Rows first: they answer most questions, and Pagefind may still be loading.
		const quick = searchRows(rows, query, base);
		show({ query: quick.analyzed.cleaned, typed: query.trim(), corrected: quick.corrected, hits: quick.strong, otherEditionSearched: false }, false);
		// Pagefind, for a query with room for page sections. Its first download waits for a pause in typing
		// (rows follow every keystroke, prose need not); a newer keystroke then ends this search (the catch ignores it).
		const pagefind = async () => {
			if (!pagefindLoaded) await pause();
			if (ticket !== latest) throw new Error('superseded by a newer query');
			return loadPagefind();
		};
		const outcome = await runSearch({ rows, pagefind, base }, query, loadOtherEdition, lang);
		if (ticket !== latest) return;
		show(outcome, true);
	} catch (error) {
		if (ticket !== latest) return;
		list.replaceChildren();
		status.textContent = import.meta.env.DEV ? strings.devOnly : strings.error;
		dialog.dataset.state = 'error';
		dialog.dataset.searched = query.trim();
		console.warn('search failed', error);
	}
}

function close(restoreFocus = true) {
	if (dialog.open) dialog.close();
	if (restoreFocus) returnFocus?.focus();
}

input.addEventListener('input', () => {
	typedAt = performance.now();
	void update();
});
input.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') {
		// A search field would only clear itself on Escape; close the dialog instead.
		event.preventDefault();
		close();
	} else if (event.key === 'ArrowDown') {
		event.preventDefault();
		setActive(active + 1);
	} else if (event.key === 'ArrowUp') {
		event.preventDefault();
		setActive(active - 1);
	} else if (event.key === 'Home' && active >= 0) {
		event.preventDefault();
		setActive(0);
	} else if (event.key === 'End' && active >= 0) {
		event.preventDefault();
		setActive(-1);
	} else if (event.key === 'Enter') {
		event.preventDefault();
		const target = list.querySelector<HTMLAnchorElement>(`#${optionId(Math.max(active, 0))}`);
		if (target) {
			close(false);
			target.click();
		}
	}
});
closeButton.addEventListener('click', () => close());
dialog.addEventListener('cancel', (event) => {
	event.preventDefault();
	close();
});
dialog.addEventListener('click', (event) => {
	if (event.target === dialog) close();
});

/** Starts fetching the row entries before the dialog opens (pointer over or focus on the trigger). */
export function warmUp(): void {
	void loadRows().catch(() => undefined);
}

/** Opens the dialog, remembering what had focus; `query` fills the field (a link from the other edition). */
export function openSearch(from: HTMLElement | null = document.activeElement as HTMLElement | null, query?: string): void {
	returnFocus = from;
	if (query !== undefined) input.value = query;
	// The launcher may have opened the dialog already and the reader be typing: then keep what is typed.
	if (!dialog.open) {
		dialog.showModal();
		input.select();
	}
	input.focus();
	const rows = loadRows();
	if (input.value.trim()) void update();
	else if (!dialog.dataset.state) {
		status.textContent = strings.loading;
		void rows
			.then(() => {
				if (status.textContent === strings.loading) status.textContent = '';
			})
			.catch(() => {
				status.textContent = import.meta.env.DEV ? strings.devOnly : strings.error;
			});
	}
}
