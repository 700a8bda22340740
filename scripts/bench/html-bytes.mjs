// Where a built page's bytes go: every byte of the HTML attributed to a zone (head, the page outside the
// table rows, a row's label, a cell's value, notes, sources, …) and a kind (an element's tags, one attribute,
// text), from parse5's source locations.
//   node scripts/bench/html-bytes.mjs dist/compare/index.html [--top 40]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '40' } } });
const file = positionals[0];
if (!file) throw new Error('usage: node scripts/bench/html-bytes.mjs <page.html> [--top N]');
const html = readFileSync(file, 'utf8');
const bytes = (from, to) => Buffer.byteLength(html.slice(from, to));
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const firstClass = (node) => attr(node, 'class')?.split(/\s+/)[0];

/** The zone of a node from its ancestors: which part of a table row it belongs to, or where outside the rows. */
function zoneOf(stack) {
	if (stack.some((n) => n.tagName === 'head')) return 'head';
	if (stack.some((n) => n.tagName === 'thead')) return 'table header row';
	const row = stack.findIndex((n) => n.tagName === 'tr' && attr(n, 'id') && n.parentNode?.tagName === 'tbody');
	if (row < 0) return stack.some((n) => n.tagName === 'table') ? 'table, outside rows' : 'page, outside tables';
	const cell = stack[row + 1];
	if (!cell) return 'row';
	if (cell.tagName === 'th') return stack[row + 2] ? `row label > ${firstClass(stack[row + 2]) ?? stack[row + 2].tagName}` : 'row label';
	const part = stack[row + 2];
	if (!part) return 'cell';
	return `cell > ${part.tagName}${firstClass(part) ? `.${firstClass(part)}` : ''}`;
}
const signature = (node) => `<${node.tagName}${firstClass(node) ? `.${firstClass(node)}` : ''}>`;

const found = new Map();
const add = (zone, kind, n) => {
	const key = `${zone} | ${kind}`;
	found.set(key, (found.get(key) ?? 0) + n);
};
function walk(node, stack) {
	const loc = node.sourceCodeLocation;
	if (node.nodeName === '#text' || node.nodeName === '#comment') {
		if (loc) add(zoneOf(stack), node.nodeName === '#text' ? 'text' : 'comment', bytes(loc.startOffset, loc.endOffset));
		return;
	}
	const inner = node.tagName ? [...stack, node] : stack;
	if (node.tagName && loc) {
		const zone = zoneOf(inner);
		let attrs = 0;
		for (const [name, at] of Object.entries(loc.startTag?.attrs ?? {})) {
			const n = bytes(at.startOffset, at.endOffset) + 1; // with the space before it
			attrs += n;
			add(zone, `@${name} on ${node.tagName}`, n);
		}
		if (loc.startTag) add(zone, `${signature(node)} tags`, bytes(loc.startTag.startOffset, loc.startTag.endOffset) - attrs);
		if (loc.endTag) add(zone, `${signature(node)} tags`, bytes(loc.endTag.startOffset, loc.endTag.endOffset));
	}
	for (const child of node.childNodes ?? []) walk(child, inner);
	if (node.content) walk(node.content, inner);
}
walk(parse(html, { sourceCodeLocationInfo: true }), []);

const total = Buffer.byteLength(html);
const kib = (n) => `${(n / 1024).toFixed(1).padStart(7)} KiB ${((100 * n) / total).toFixed(1).padStart(5)}%`;
const grouped = (pick) => {
	const m = new Map();
	for (const [key, n] of found) m.set(pick(key), (m.get(pick(key)) ?? 0) + n);
	return [...m].sort((a, b) => b[1] - a[1]);
};
const top = Number(values.top);
console.log(`${file}: ${(total / 1024).toFixed(1)} KiB raw, ${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`);
console.log('\nBy zone');
for (const [k, n] of grouped((key) => key.split(' | ')[0])) console.log(`${kib(n)}  ${k}`);
console.log('\nBy kind, all zones');
for (const [k, n] of grouped((key) => key.split(' | ')[1]).slice(0, top)) console.log(`${kib(n)}  ${k}`);
console.log('\nBy zone and kind');
for (const [k, n] of [...found].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kib(n)}  ${k}`);
