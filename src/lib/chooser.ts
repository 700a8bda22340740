/**
 * The chooser's logic: which distributions meet the ticked requirements, best first, and the
 * URL state (`?need=windows-workers,fips`). Shared by the page build and the browser script,
 * so it imports only the query-string helper.
 */
import { withListParam } from './query-string';

/** URL parameter holding the ticked requirement ids, comma-separated. */
export const NEED_PARAM = 'need';

type Verdict = 'yes' | 'with-effort' | 'no';

/** What ranking needs of a requirement: its id and each distribution's verdict. */
export interface VerdictsOf {
	id: string;
	verdicts: Record<string, { verdict: Verdict }>;
}

/** How one distribution fares against the ticked requirements (ids in requirement order). */
export interface Standing {
	distro: string;
	yes: string[];
	withEffort: string[];
	no: string[];
	/** Requirements met, with or without effort. */
	met: number;
}

/**
 * Ranks distributions against the ticked requirements: fewest misses first, then fewest that
 * need effort; ties keep the column order of `distros`.
 */
export function rankDistros(requirements: readonly VerdictsOf[], distros: readonly string[], needs: readonly string[]): Standing[] {
	const ticked = requirements.filter((r) => needs.includes(r.id));
	const standings = distros.map((distro): Standing => {
		const of = (verdict: Verdict) => ticked.filter((r) => r.verdicts[distro]?.verdict === verdict).map((r) => r.id);
		const standing = { distro, yes: of('yes'), withEffort: of('with-effort'), no: of('no') };
		return { ...standing, met: standing.yes.length + standing.withEffort.length };
	});
	return standings
		.map((s, column) => ({ s, column }))
		.sort((a, b) => a.s.no.length - b.s.no.length || a.s.withEffort.length - b.s.withEffort.length || a.column - b.column)
		.map(({ s }) => s);
}

/**
 * The ticked ids in a query string: `need=a,b` (and repeated `need=` from a plain form),
 * unknown ids dropped, duplicates removed, in the order of `known`.
 */
export function needsFromSearch(search: string, known: readonly string[]): string[] {
	const asked = new Set(new URLSearchParams(search).getAll(NEED_PARAM).flatMap((v) => v.split(',')));
	return known.filter((id) => asked.has(id));
}

/** The query string with `need` set to `needs` (readable commas, no `need` when empty); other parameters are kept. */
export function searchWithNeeds(search: string, needs: readonly string[]): string {
	return withListParam(search, NEED_PARAM, needs);
}

/** Fills `{name}` placeholders of an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
