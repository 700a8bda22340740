/**
 * The search dialog. Loaded on first intent; loads Pagefind and the row index
 * on first open. Results are a listbox of links; arrows move, Enter opens,
 * Escape closes and returns focus. Index text is inserted as text nodes only,
 * except Pagefind's own <mark>.
 */
import { runSearch, rowIndexFrom, type PagefindApi } from '../lib/search/engine';
import { excerptParts } from '../lib/search/excerpt';
import type { RowIndexEntry, SearchHit } from '../lib/search/rank';

interface Strings {
	loading: string;
	noResults: string;
	results: string;
	devOnly: string;
	error: string;
}

const dialog = document.getElementById('search-dialog') as HTMLDialogElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const list = document.getElementById('search-results') as HTMLUListElement;
const status = document.getElementById('search-status') as HTMLParagraphElement;
const closeButton = document.getElementById('search-close') as HTMLButtonElement;
const strings = JSON.parse(document.getElementById('search-strings')?.textContent ?? '{}') as Strings;
const base = document.documentElement.dataset.base ?? '/';
// Each edition has its own row index; Pagefind picks the index of the page's language itself.
const langPrefix = (document.documentElement.dataset.langPrefix ?? '').replace(/^\//, '');

let returnFocus: HTMLElement | null = null;
let engine: Promise<{ pagefind: PagefindApi; rows: Map<string, RowIndexEntry> }> | undefined;
let active = -1;
let latest = 0;

function loadEngine() {
	engine ??= (async () => {
		// A URL in a variable keeps the bundler from trying to resolve it: Pagefind is built after the site.
		const pagefindUrl = `${base}pagefind/pagefind.js`;
		const [pagefind, rows] = await Promise.all([
			import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi & { options(o: object): Promise<void> }>,
			fetch(`${base}${langPrefix ? `${langPrefix}/` : ''}search-rows.json`).then((r) => {
				if (!r.ok) throw new Error(`search-rows.json: HTTP ${r.status}`);
				return r.json() as Promise<RowIndexEntry[]>;
			}),
		]);
		await pagefind.options({ baseUrl: base, excerptLength: 18 });
		return { pagefind, rows: rowIndexFrom(rows) };
	})();
	engine.catch(() => (engine = undefined));
	return engine;
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
	link.append(text('span', 'search-hit__title', hit.title));
	if (hit.kind === 'row') {
		link.append(text('span', 'search-hit__page', hit.pageTitle ?? ''));
		if (hit.matched) {
			const value = document.createElement('span');
			value.className = 'search-hit__value';
			value.append(text('span', 'search-hit__distro', `${hit.matched.distro}: `), text('code', '', hit.matched.value));
			link.append(value);
		}
	} else if (hit.excerpt) {
		const excerpt = document.createElement('span');
		excerpt.className = 'search-hit__excerpt';
		for (const part of excerptParts(hit.excerpt)) excerpt.append(part.mark ? text('mark', '', part.text) : document.createTextNode(part.text));
		link.append(excerpt);
	}
	link.addEventListener('click', () => close(false));
	li.append(link);
	return li;
}

async function update() {
	const query = input.value;
	const ticket = ++latest;
	if (!query.trim()) {
		list.replaceChildren();
		status.textContent = '';
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		return;
	}
	try {
		const { pagefind, rows } = await loadEngine();
		const outcome = await runSearch(pagefind, rows, query);
		if (ticket !== latest) return; // A newer keystroke won.
		list.replaceChildren(...outcome.hits.map(renderHit));
		active = -1;
		input.removeAttribute('aria-activedescendant');
		input.setAttribute('aria-expanded', String(outcome.hits.length > 0));
		status.textContent = outcome.hits.length ? `${outcome.hits.length} ${strings.results}` : `${strings.noResults} “${query.trim().slice(0, 80)}”`;
		dialog.dataset.state = 'ready';
	} catch (error) {
		if (ticket !== latest) return;
		list.replaceChildren();
		status.textContent = import.meta.env.DEV ? strings.devOnly : strings.error;
		dialog.dataset.state = 'error';
		console.warn('search failed', error);
	}
}

function close(restoreFocus = true) {
	if (dialog.open) dialog.close();
	if (restoreFocus) returnFocus?.focus();
}

input.addEventListener('input', () => void update());
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

/** Opens the dialog, remembering what had focus. */
export function openSearch(from: HTMLElement | null = document.activeElement as HTMLElement | null): void {
	returnFocus = from;
	if (!dialog.open) dialog.showModal();
	input.focus();
	input.select();
	status.textContent = engine ? status.textContent : strings.loading;
	void loadEngine()
		.then(() => {
			if (status.textContent === strings.loading) status.textContent = '';
			if (input.value.trim()) void update();
		})
		.catch(() => {
			status.textContent = import.meta.env.DEV ? strings.devOnly : strings.error;
		});
}
