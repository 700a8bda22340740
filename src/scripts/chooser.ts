// The chooser on /choose/ (loaded by ./chooser-start on first use): ticks follow the
// URL (`?need=a,b`), distributions are ranked by src/lib/chooser.ts, and the status line (a
// live region) says who fits best. Every text and link is in the page already; this only
// ticks, counts, hides and reorders.
import { fill, needsFromSearch, rankDistros, searchWithNeeds, type VerdictsOf } from '../lib/chooser';
import { pairPath } from '../lib/urls';

export function initChooser(root: HTMLElement): void {
	const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const cards = [...root.querySelectorAll<HTMLElement>('[data-distro]')];
	const distros = cards.map((c) => c.dataset.distro!);
	const name = (distro: string) => cards[distros.indexOf(distro)]!.dataset.name!;
	const { editionRoot, msgMet, msgPair, msgBest, msgEmpty } = root.dataset;
	const status = root.querySelector('[role="status"]')!;
	const pair = root.querySelector<HTMLAnchorElement>('#chooser-pair');
	// A requirement a card lists under neither "with effort" nor "misses" is a yes.
	const requirements = boxes.map(({ value: id }) => ({
		id,
		verdicts: Object.fromEntries(cards.map((c, i) => [distros[i], { verdict: c.querySelector(`[data-need="${id}"]`)?.closest<HTMLElement>('[data-group]')?.dataset.group ?? 'yes' }])),
	})) as VerdictsOf[];

	const render = (needs: string[]) => {
		const ranking = rankDistros(requirements, distros, needs);
		const [top, next] = ranking;
		root.toggleAttribute('data-empty', !needs.length);
		for (const box of boxes) box.checked = needs.includes(box.value);
		for (const s of ranking) {
			const card = cards[distros.indexOf(s.distro)]!;
			card.parentElement!.append(card);
			card.querySelector('[data-score]')!.textContent = fill(msgMet!, { met: s.met, total: needs.length });
			card.querySelector<HTMLElement>('[data-best]')!.hidden = s.no.length !== top!.no.length || s.withEffort.length !== top!.withEffort.length;
			for (const li of card.querySelectorAll<HTMLElement>('[data-need]')) li.hidden = !needs.includes(li.dataset.need!);
			for (const group of card.querySelectorAll<HTMLElement>('[data-group]')) group.hidden = !group.querySelector('[data-need]:not([hidden])');
		}
		if (pair && next) {
			pair.href = editionRoot + pairPath(top!.distro, next.distro);
			pair.textContent = fill(msgPair!, { a: name(top!.distro), b: name(next.distro) });
		}
		status.textContent = needs.length ? fill(msgBest!, { name: name(top!.distro), met: top!.met, total: needs.length }) : msgEmpty!;
	};
	const update = (needs: string[]) => {
		history.replaceState(history.state, '', location.pathname + searchWithNeeds(location.search, needs) + location.hash);
		render(needs);
	};

	root.addEventListener('change', () => update(boxes.filter((b) => b.checked).map((b) => b.value)));
	root.querySelector('#chooser-clear')!.addEventListener('click', () => update([]));
	// Ticks made before this code loaded count; else the URL's requirements.
	const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
	if (ticked.length) update(ticked);
	else render(needsFromSearch(location.search, boxes.map((b) => b.value)));
	root.dataset.ready = '';
}
