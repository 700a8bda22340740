// Component frontmatter is checked against the declared distributions: each needs a status, a typo fails.
import { describe, expect, it } from 'vitest';
import { createComponentSchema } from '../../src/schemas/component';

const schema = createComponentSchema(['k0s', 'k3s']);
const status = (s: string) => ({ status: s, note: 'How it ships.', sources: ['https://example.org/docs'] });
const note = (distros: Record<string, unknown>) => ({
	title: 'Kine',
	description: 'An etcd shim that stores Kubernetes state in SQL databases.',
	category: 'datastore',
	distros,
	upstream: 'https://github.com/k3s-io/kine',
	docs: 'https://github.com/k3s-io/kine/blob/HEAD/README.md',
});
const problems = (data: unknown) => {
	const parsed = schema.safeParse(data);
	return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('component frontmatter', () => {
	it('accepts a status for every declared distribution', () => {
		expect(problems(note({ k0s: status('optional'), k3s: status('default') }))).toEqual([]);
	});

	it('rejects a key that is not a declared distribution', () => {
		expect(problems(note({ k0s: status('optional'), k3s: status('default'), k3: status('default') })).join('\n')).toMatch(/distros: Unrecognized key: "k3"/);
	});

	it('rejects a note that leaves a distribution out', () => {
		expect(problems(note({ k0s: status('optional') })).join('\n')).toMatch(/distros\.k3s/);
	});
});
