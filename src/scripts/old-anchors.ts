/**
 * Forwards a renamed anchor (`/paths/#old-id`) to its new place, as declared in
 * content/data/redirects.yaml. The fragment never reaches the server, so this runs here.
 */
export function forwardOldAnchors(): void {
	const data = document.getElementById('anchor-redirects')?.textContent;
	if (!data) return;
	const map = JSON.parse(data) as Record<string, string>;
	const base = document.documentElement.dataset.base ?? '/';
	const forward = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		const to = map[id];
		if (id && to && !document.getElementById(id)) location.replace(`${base.replace(/\/$/, '')}${to}`);
	};
	forward();
	window.addEventListener('hashchange', forward);
}
