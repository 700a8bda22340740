import { defineConfig } from 'vitest/config';

// Three projects, one per `npm test` stage. `npm run test:unit` runs `unit` only and needs no build;
// `build` (checks over dist/) and `search` (relevance against the real index) refuse a missing or stale dist/.
export default defineConfig({
	test: {
		environment: 'node',
		reporters: ['default'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/require-build.ts'] } },
			{ test: { name: 'search', include: ['tests/search/**/*.test.ts'], globalSetup: ['tests/helpers/require-build.ts'] } },
		],
	},
});
