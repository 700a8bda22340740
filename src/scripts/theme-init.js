// Runs before first paint (a blocking script in <head>): applies the saved theme so there is no flash.
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
})();
