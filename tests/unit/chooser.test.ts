// The chooser's ranking and URL state, computed from the real requirements.
import { describe, expect, it } from 'vitest';
import { fill, needsFromSearch, rankDistros, searchWithNeeds, type VerdictsOf } from '../../src/lib/chooser';
import { loadRequirements } from '../helpers/content';

const { distros, english } = loadRequirements();
const distroIds = distros.map((d) => d.id);
const allIds = english.map((r) => r.id);

/** What the data says about one distribution for the ticked ids: the ids per verdict. */
function tally(distro: string, needs: readonly string[]) {
	const of = (verdict: string) => english.filter((r) => needs.includes(r.id) && r.verdicts[distro]!.verdict === verdict).map((r) => r.id);
	return { yes: of('yes'), withEffort: of('with-effort'), no: of('no') };
}

/** Deterministic subsets of the requirement ids, so every run checks the same cases. */
function subsets(count: number): string[][] {
	let seed = 18;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return Array.from({ length: count }, () => allIds.filter(() => next() < 0.35));
}

describe('rankDistros on the real requirements', () => {
	const cases = [[], allIds, ...allIds.map((id) => [id]), ...subsets(40)];

	it.each(cases.map((needs) => [needs.join(',') || '(none)', needs] as const))('%s', (_name, needs) => {
		const ranking = rankDistros(english, distroIds, needs);
		expect(ranking.map((s) => s.distro).sort()).toEqual([...distroIds].sort());
		for (const s of ranking) {
			const t = tally(s.distro, needs);
			expect({ yes: s.yes, withEffort: s.withEffort, no: s.no }).toEqual(t);
			expect(s.met).toBe(t.yes.length + t.withEffort.length);
			expect(s.met + s.no.length).toBe(needs.length);
		}
		// Fewest misses first, then fewest "with effort"; ties keep the column order.
		for (const [i, s] of ranking.entries()) {
			const prev = ranking[i - 1];
			if (!prev) continue;
			const key = (x: typeof s) => [x.no.length, x.withEffort.length, distroIds.indexOf(x.distro)];
			const [a, b] = [key(prev), key(s)];
			expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!)))).toBe(true);
		}
	});

	it('puts a distribution that cannot do a ticked requirement after every one that can', () => {
		for (const req of english) {
			const ranking = rankDistros(english, distroIds, [req.id]).map((s) => s.distro);
			const cannot = distroIds.filter((d) => req.verdicts[d]!.verdict === 'no');
			const can = distroIds.filter((d) => req.verdicts[d]!.verdict !== 'no');
			for (const d of cannot) for (const c of can) expect(ranking.indexOf(c), `${req.id}: ${c} before ${d}`).toBeLessThan(ranking.indexOf(d));
		}
	});

	it('grows with the distributions: a new column is ranked by its own verdicts', () => {
		const withNew: VerdictsOf[] = english.map((r) => ({ id: r.id, verdicts: { ...r.verdicts, next: { verdict: 'yes' } } }));
		const needs = english.filter((r) => distroIds.some((d) => r.verdicts[d]!.verdict !== 'yes')).map((r) => r.id);
		expect(needs.length).toBeGreaterThan(0);
		const ranking = rankDistros(withNew, [...distroIds, 'next'], needs);
		expect(ranking[0]).toMatchObject({ distro: 'next', met: needs.length, no: [], withEffort: [] });
	});

	it('ignores ids that are not ticked or unknown', () => {
		expect(rankDistros(english, distroIds, ['no-such-need']).every((s) => s.met === 0 && s.no.length === 0)).toBe(true);
	});
});

describe('URL state', () => {
	it('round-trips every set of requirements, in requirement order', () => {
		for (const needs of [[], allIds, ...subsets(20)]) {
			const search = searchWithNeeds('', needs);
			expect(needsFromSearch(search, allIds)).toEqual(needs);
			expect(needsFromSearch(searchWithNeeds(search, needs), allIds)).toEqual(needs);
		}
	});

	it('writes readable commas and keeps other parameters', () => {
		expect(searchWithNeeds('?only=differences', ['windows-workers', 'fips'])).toBe('?only=differences&need=windows-workers,fips');
		expect(searchWithNeeds('?need=fips&only=differences', [])).toBe('?only=differences');
		expect(searchWithNeeds('?need=fips', [])).toBe('');
	});

	it('reads comma lists and repeated parameters, drops unknown ids, duplicates and odd input', () => {
		expect(needsFromSearch('?need=fips,windows-workers', allIds)).toEqual(['windows-workers', 'fips']);
		expect(needsFromSearch('?need=fips&need=arm32&need=fips', allIds)).toEqual(['fips', 'arm32']);
		expect(needsFromSearch('?need=%3Cscript%3E,,fips,' + 'x'.repeat(1000), allIds)).toEqual(['fips']);
		expect(needsFromSearch('?need=', allIds)).toEqual([]);
		expect(needsFromSearch('', allIds)).toEqual([]);
	});
});

describe('fill', () => {
	it('fills placeholders and leaves unknown ones', () => {
		expect(fill('{met} of {total} met', { met: 2, total: 3 })).toBe('2 of 3 met');
		expect(fill('{name} {x}', { name: 'k0s' })).toBe('k0s {x}');
	});
});
