/**
 * What the row search indexes, from `/search-rows.json` (one file per edition).
 * Rows are the main kind; table groups, component notes and any other linkable item with
 * an id, a label and a page path can be added with a new `kind`.
 */
export interface SearchEntry {
	id: string;
	/** `row`, `group` (a table's section), `note` (a component note), `requirement`, `pair` (a pair page), `columns` (Compare with three or more columns picked). */
	kind: string;
	label: string;
	/** Title of the page the entry is on. */
	pageTitle: string;
	/** Title of the table section a row is in (`Ports`): searchable context, weighted low. */
	section?: string;
	/** Site path with anchor, without base: `/paths/#kubeconfig`. */
	path: string;
	/** Values by distribution name, in column order; an empty list means "no value". Rows only. */
	values: Record<string, string[]>;
	/** Other words people search for (old names, misspellings, terms of the other edition). */
	aliases: string[];
	/**
	 * The distributions a comparison entry shows side by side (a pair page's two, or the Compare
	 * page with three or more columns picked), as `values` spells their names. Found by a query
	 * naming just those (`k3s vs rke2`, `k0s vs k3s vs rke2`), not by its words.
	 */
	compares?: string[];
}
