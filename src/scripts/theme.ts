/** Wires the theme select: light, dark or follow the system; remembered across visits. */
export function initThemeSelect(): void {
	const select = document.getElementById('theme-select') as HTMLSelectElement | null;
	if (!select) return;
	const root = document.documentElement;
	const media = window.matchMedia('(prefers-color-scheme: dark)');
	const apply = (pref: string) => {
		root.dataset.themePref = pref;
		root.dataset.theme = pref === 'dark' || (pref === 'system' && media.matches) ? 'dark' : 'light';
	};
	select.value = root.dataset.themePref ?? 'system';
	select.addEventListener('change', () => {
		try {
			localStorage.setItem('theme', select.value);
		} catch {
			// Private mode: the choice lasts for this page only.
		}
		apply(select.value);
	});
	media.addEventListener('change', () => apply(root.dataset.themePref ?? 'system'));
}
