import { defineConfig } from 'vitest/config';

// Three projects, one per `npm test` stage. `npm run test:unit` runs `unit` only and needs no build;
// `build` (checks over dist/) and `search` (relevance against the real index) refuse a missing or stale dist/.
// Timeouts only catch hangs: on a busy machine html-validate of the longest page takes several seconds.
export default defineConfig({
	test: {
		environment: 'node',
		reporters: ['default'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/require-build.ts'], testTimeout: 120_000 } },
			{ test: { name: 'search', include: ['tests/search/**/*.test.ts'], globalSetup: ['tests/helpers/require-build.ts'], testTimeout: 120_000 } },
		],
	},
});
