/** The row entries of this page's edition (and of the other edition, from its path prefix). */
export function searchRowsUrl(editionPath?: string): string {
	const { base = '/', langPrefix = '' } = document.documentElement.dataset;
	const prefix = (editionPath ?? langPrefix).replace(/^\/|\/$/g, '');
	return `${base}${prefix ? `${prefix}/` : ''}search-rows.json`;
}
