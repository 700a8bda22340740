// Runs before first paint (a blocking script in <head>), so nothing flashes:
// the saved theme, and on table pages the distribution columns the reader picked
// (`?d=k3s,rke2`, else this session's choice, else the page's default pair).
// src/scripts/columns.ts checks the ids against the declared distributions once the page is parsed.
(function () {
	var root = document.documentElement;
	root.classList.remove('no-js');
	root.classList.add('js');
	var pref = 'system';
	try {
		pref = localStorage.getItem('theme') || 'system';
	} catch (e) {}
	var dark = pref === 'dark' || (pref !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
	root.dataset.theme = dark ? 'dark' : 'light';
	root.dataset.themePref = pref;

	if (root.dataset.defaultColumns) {
		var picked = new URLSearchParams(location.search).get('d');
		try {
			picked = picked || sessionStorage.getItem('distros');
		} catch (e) {}
		root.dataset.columns = (picked || root.dataset.defaultColumns).toLowerCase().split(',').join(' ');
		// How many columns show: the tables decide from it whether they scroll sideways.
		root.dataset.shownCount = String(root.dataset.columns.split(' ').length);
	}
})();
