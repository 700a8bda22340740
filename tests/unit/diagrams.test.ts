// Diagram files: a valid file loads with its defaults; every broken one is rejected with an
// error naming the file, the item id and the field, all problems of a file at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import { DataError, DataErrors } from '../../src/lib/data-error';
import { drawingOrder, parseDiagrams } from '../../src/lib/diagrams';
import { ROOT } from '../helpers/content';

const FILE = 'tests/fixtures/diagrams/k3s.yaml';
const fixtureText = readFileSync(join(ROOT, FILE), 'utf8');
const DISTROS = ['k0s', 'k3s'];

/** The fixture with one change applied to its parsed YAML. */
function variant(change: (d: any) => void, path = FILE) {
	const data = load(fixtureText) as any;
	change(data);
	return { path, text: dump(data) };
}

function errorsOf(fn: () => unknown): DataError[] {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(DataErrors);
		return (error as DataErrors).problems;
	}
	throw new Error('expected DataErrors, nothing was thrown');
}

const problems = (...files: { path: string; text: string }[]) => errorsOf(() => parseDiagrams(files, DISTROS)).map((e) => ({ file: e.file, item: e.rowId, field: e.field }));

describe('parseDiagrams', () => {
	it('loads a valid file: distribution from the file name, defaults filled in', () => {
		const [diagram] = parseDiagrams([{ path: FILE, text: fixtureText }], DISTROS);
		expect(diagram!.distro).toBe('k3s');
		expect(diagram!.file).toBe(FILE);
		expect(diagram!.nodes[0]!.processes[0]!.components[0]!.ports).toEqual(['10250/tcp']);
		expect(diagram!.nodes[1]!.pods).toEqual([]);
	});

	it('draws control-plane nodes first, then workers in file order', () => {
		const [diagram] = parseDiagrams([{ path: FILE, text: fixtureText }], DISTROS);
		expect(drawingOrder(diagram!.nodes).map((n) => n.id)).toEqual(['server', 'agent-a', 'agent-b']);
	});

	it('a file named after an undeclared distribution', () => {
		expect(problems({ path: 'content/data/diagrams/rke2.yaml', text: fixtureText })).toEqual([{ file: 'content/data/diagrams/rke2.yaml', item: undefined, field: '(file)' }]);
		expect(() => parseDiagrams([{ path: 'content/data/diagrams/rke2.yaml', text: fixtureText }], DISTROS)).toThrowError(/"rke2" is not a declared distribution/);
	});

	it('invalid YAML names the file', () => {
		expect(problems({ path: FILE, text: 'nodes: [\n' })).toEqual([{ file: FILE, item: undefined, field: '(yaml)' }]);
	});

	it('a bad port names the component and the field', () => {
		const errors = errorsOf(() => parseDiagrams([variant((d) => (d.nodes[0].processes[0].components[0].ports = ['10250']))], DISTROS));
		expect(errors.map((e) => e.message)).toEqual([`${FILE}: item "kubelet": field "ports[0]": must be a port such as 6443/tcp`]);
	});

	it('a missing name, an unknown role and a typo of a field, all at once', () => {
		const found = problems(
			variant((d) => {
				delete d.nodes[1].processes[0].name;
				d.nodes[2].role = 'master';
				d.nodes[0].pods[0].nmae = 'typo';
			}),
		);
		expect(found).toEqual(
			expect.arrayContaining([
				{ file: FILE, item: 'k3s-server', field: 'name' },
				{ file: FILE, item: 'agent-b', field: 'role' },
				{ file: FILE, item: 'coredns', field: 'nmae' },
			]),
		);
		expect(found).toHaveLength(3);
	});

	it('a process with components must say how they run', () => {
		expect(problems(variant((d) => delete d.nodes[1].processes[0].runs))).toEqual([{ file: FILE, item: 'k3s-server', field: 'runs' }]);
	});

	it('a non-https source names the source', () => {
		expect(problems(variant((d) => (d.sources[0].url = 'http://docs.k3s.io/')))).toEqual([{ file: FILE, item: 'docs', field: 'url' }]);
	});

	it('a file-level field missing names the field', () => {
		expect(problems(variant((d) => delete d.asOf))).toEqual([{ file: FILE, item: undefined, field: 'asOf' }]);
	});

	it('duplicate ids across nodes, processes, components, pods and connections', () => {
		expect(problems(variant((d) => (d.nodes[0].pods[0].id = 'apiserver')))).toEqual([{ file: FILE, item: 'apiserver', field: 'id' }]);
		expect(problems(variant((d) => (d.connections[1].id = 'tunnel')))).toEqual([{ file: FILE, item: 'tunnel', field: 'id' }]);
	});

	it('a connection to an item that does not exist', () => {
		expect(problems(variant((d) => (d.connections[0].to = 'k3s-sever')))).toEqual([{ file: FILE, item: 'tunnel', field: 'to' }]);
		expect(problems(variant((d) => (d.connections[0].from = 'nowhere')))).toEqual([{ file: FILE, item: 'tunnel', field: 'from' }]);
	});

	it('a connection inside one node, or between nodes that are not next to each other', () => {
		expect(problems(variant((d) => (d.connections[0].to = 'containerd')))).toEqual([{ file: FILE, item: 'tunnel', field: 'to' }]);
		const skipping = errorsOf(() => parseDiagrams([variant((d) => (d.connections[2].to = 'k3s-server'))], DISTROS));
		expect(skipping.map((e) => [e.rowId, e.field])).toEqual([['second-tunnel', 'to']]);
		expect(skipping[0]!.message).toMatch(/not next to each other/);
	});

	it('a connection needs a port', () => {
		expect(problems(variant((d) => (d.connections[0].ports = [])))).toEqual([{ file: FILE, item: 'tunnel', field: 'ports' }]);
	});

	it('collects the problems of several files', () => {
		const found = problems(variant((d) => delete d.title), variant((d) => delete d.heading, 'tests/fixtures/diagrams/k0s.yaml'));
		expect(found).toEqual([
			{ file: FILE, item: undefined, field: 'title' },
			{ file: 'tests/fixtures/diagrams/k0s.yaml', item: undefined, field: 'heading' },
		]);
	});
});
