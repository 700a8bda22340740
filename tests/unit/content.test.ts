// The real content: what loading the files cannot check (references between files, commands in the right column, MDX).
import { describe, expect, it } from 'vitest';
import { createComponentSchema } from '../../src/schemas/component';
import { DocSchema } from '../../src/schemas/doc';
import { cellValues } from '../../src/lib/values';
import { markdownHeadings } from '../../src/lib/headings';
import type { Row } from '../../src/schemas/row';
import { loadContent, loadMdx } from '../helpers/content';

const content = loadContent();
const components = loadMdx('components');
const docs = loadMdx('docs');
const componentIds = new Set(components.map((c) => c.id));
const rowIds = new Set(content.rows.map((r) => r.id));

/** A distribution named in a command: `k0s`, `k0sctl`, `/var/lib/k0s`, `K3S_TOKEN=`, `k3s-uninstall.sh`; not `autok3s`. */
const namesDistro = (id: string) => new RegExp(`(?<![a-z0-9])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');

/**
 * Command cells that do not belong in their column: commands of which none names the column's distribution
 * (without a note saying why), or a command that names another distribution but not this one (a pasted-over value).
 */
function misplacedCommands(rows: readonly Row[], distros: readonly { id: string }[]): string[] {
	const problems: string[] = [];
	for (const row of rows.filter((r) => r.kind === 'command')) {
		for (const distro of distros) {
			const cell = row.values[distro.id]!;
			const commands = cellValues(cell);
			const own = namesDistro(distro.id);
			if (commands.length && !commands.some((c) => own.test(c)) && !cell.note) problems.push(`${row.file}: ${row.id}.${distro.id}: no command names ${distro.id} and no note says why`);
			for (const command of commands) {
				const other = distros.find((d) => d.id !== distro.id && namesDistro(d.id).test(command));
				if (other && !own.test(command)) problems.push(`${row.file}: ${row.id}.${distro.id}: "${command}" is a ${other.id} command`);
			}
		}
	}
	return problems;
}

// Shapes, sources, "as of", null notes, rating authors and duplicate ids are enforced by loading
// (tests/unit/tables.test.ts proves each fails); these are the checks loading cannot make.
describe('table rows', () => {
	it('every component a row references has a note', () => {
		for (const row of content.rows) for (const id of row.components) expect(componentIds, `${row.file}: row "${row.id}" references component "${id}"`).toContain(id);
	});

	it('every command sits in the column of the distribution it is for', () => {
		expect(misplacedCommands(content.rows, content.distros)).toEqual([]);
	});

	it('the command check reports a command of the other distribution, and a column with no own command or note', () => {
		const row = content.rows.find((r) => r.kind === 'command' && r.values.k0s!.value !== null && r.values.k3s!.value !== null)!;
		const swapped = { ...row, values: { ...row.values, k0s: { ...row.values.k0s!, value: 'k3s kubectl get nodes', note: undefined } } };
		const foreign = { ...row, values: { ...row.values, k3s: { ...row.values.k3s!, value: ['kubectl get nodes', 'sudo reboot'], note: undefined } } };
		expect(misplacedCommands([swapped, foreign], content.distros)).toEqual([
			`${row.file}: ${row.id}.k0s: no command names k0s and no note says why`,
			`${row.file}: ${row.id}.k0s: "k3s kubectl get nodes" is a k3s command`,
			`${row.file}: ${row.id}.k3s: no command names k3s and no note says why`,
		]);
	});
});

describe('component notes', () => {
	it.each(components.map((c) => [c.id, c] as const))('%s has valid frontmatter and resolvable references', (_id, component) => {
		const parsed = createComponentSchema(content.distros.map((d) => d.id)).safeParse(component.data);
		expect(parsed.success, parsed.success ? '' : `${component.file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`).toBe(true);
		const data = parsed.data!;
		for (const distro of content.distros) expect(data.distros[distro.id], `${component.file}: no entry for ${distro.id}`).toBeDefined();
		for (const alt of data.alternatives) expect(componentIds, `${component.file}: alternative "${alt}"`).toContain(alt);
		for (const row of data.rows) expect(rowIds, `${component.file}: row "${row}"`).toContain(row);
	});
});

describe('MDX pages', () => {
	it.each([...docs, ...components].map((d) => [d.file, d] as const))('%s uses explicit heading ids, not Markdown headings', (_file, doc) => {
		expect(markdownHeadings(doc.body)).toEqual([]);
	});

	it.each(docs.map((d) => [d.file, d] as const))('%s has valid frontmatter', (_file, doc) => {
		const parsed = DocSchema.safeParse(doc.data);
		expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
	});

	it('every table group is rendered on the page its file declares, exactly once', () => {
		const pageOf = (docId: string) => (docId === 'compare' ? 'compare' : docId);
		const placements = new Map<string, string[]>();
		for (const doc of docs) {
			for (const match of doc.body.matchAll(/<RowTable\s+group="([^"]+)"/g)) {
				placements.set(match[1]!, [...(placements.get(match[1]!) ?? []), pageOf(doc.id)]);
			}
		}
		for (const group of content.groups) {
			const pages = placements.get(group.id) ?? [];
			expect(pages, `group "${group.id}" (${group.file}) must be rendered once, on /${group.page}/`).toEqual([group.page]);
		}
	});
});
