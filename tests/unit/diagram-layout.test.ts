// Diagram layout: computed from the data, boxes never overlap, text fits its box (by the width
// estimate), and every arrow joins the items its connection names.
import { describe, expect, it } from 'vitest';
import { layoutDiagram, WIDTH, type DiagramLayout } from '../../src/lib/diagram-layout';
import { parseDiagrams } from '../../src/lib/diagrams';
import { textWidth, wrapText } from '../../src/lib/text-width';
import { t } from '../../src/i18n';
import { LANGS, DEFAULT_LANG, type Lang } from '../../src/i18n/langs';
import { layoutProblems, loadDiagrams, loadLocalizedDiagrams } from '../helpers/diagrams';

const editions = LANGS.map((lang) => [lang, lang === DEFAULT_LANG ? loadDiagrams() : loadLocalizedDiagrams(lang)] as const);

describe.each(editions)('real diagrams, %s edition', (lang, diagrams) => {
	it.each(diagrams.map((d) => [d.distro, d] as const))('%s: no overlaps, text fits, arrows join their items', (_, diagram) => {
		const layout = layoutDiagram(diagram, t(lang as Lang));
		expect(layoutProblems(layout, diagram)).toEqual([]);
		// The real data is arranged so that every arrow reaches the exact items, not just their nodes.
		for (const c of diagram.connections) {
			const arrow = layout.arrows.find((a) => a.id === c.id);
			expect(arrow, c.id).toBeDefined();
			expect([arrow!.fromBox, arrow!.toBox]).toEqual([c.from, c.to]);
		}
		expect(layout.width).toBe(WIDTH);
	});
});
