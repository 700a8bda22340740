// The real content: every row complete and sourced, ids unique, references resolve.
import { describe, expect, it } from 'vitest';
import { createComponentSchema } from '../../src/schemas/component';
import { DocSchema } from '../../src/schemas/doc';
import { cellValues } from '../../src/lib/values';
import { markdownHeadings } from '../../src/lib/headings';
import { loadContent, loadMdx } from '../helpers/content';

const content = loadContent();
const components = loadMdx('components');
const docs = loadMdx('docs');
const componentIds = new Set(components.map((c) => c.id));
const rowIds = new Set(content.rows.map((r) => r.id));

describe('table rows', () => {
	it('load and validate (file, row id and field named on failure)', () => {
		expect(content.rows.length).toBeGreaterThan(0);
	});

	it.each(content.rows.map((r) => [r.id, r] as const))('%s has a value or an explained null, a source and an "as of" for every distro', (_id, row) => {
		for (const distro of content.distros) {
			const cell = row.values[distro.id];
			expect(cell, `${row.file}: row "${row.id}" has no value for ${distro.id}`).toBeDefined();
			if (cell!.value === null) expect(cell!.note, `${row.id}.${distro.id}: null needs a note`).toBeTruthy();
			expect(cell!.sources.length).toBeGreaterThan(0);
			for (const source of cell!.sources) expect(source).toMatch(/^https:\/\/[^/\s]+\.[^/\s]+/);
			expect(cell!.asOf).toMatch(/^v?\d/);
		}
	});

	it('ids are unique across the whole site (rows, groups, components)', () => {
		const all = [...content.rows.map((r) => r.id), ...content.groups.map((g) => g.id), ...components.map((c) => `component:${c.id}`)];
		expect(new Set(all).size).toBe(all.length);
	});

	it('every component a row references has a note', () => {
		for (const row of content.rows) for (const id of row.components) expect(componentIds, `${row.file}: row "${row.id}" references component "${id}"`).toContain(id);
	});

	it('every command row names both distributions or explains why not', () => {
		for (const row of content.rows.filter((r) => r.kind === 'command')) {
			for (const distro of content.distros) {
				const cell = row.values[distro.id]!;
				const values = cellValues(cell);
				if (values.length === 0) {
					expect(cell.note, `${row.id}: missing ${distro.id} command needs a note`).toBeTruthy();
					continue;
				}
				const tool = new RegExp(`\\b(${distro.id}|${distro.id}ctl|${distro.id}-[a-z-]+(\\.sh)?|${distro.id}sup|auto${distro.id}|curl|sudo|systemctl|journalctl|kubectl|crictl|ctr|ansible-playbook|[A-Z0-9_]+=)`);
				expect(values.some((v) => tool.test(v)), `${row.id}.${distro.id}: "${values.join(' | ')}" does not name ${distro.id}`).toBe(true);
			}
		}
	});

	it('ratings are opinions, attributed', () => {
		for (const row of content.rows.filter((r) => r.kind === 'rating')) for (const cell of Object.values(row.values)) if (cell.value !== null) expect(cell.opinion?.by).toBeTruthy();
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
