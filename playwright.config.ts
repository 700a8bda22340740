import { defineConfig } from '@playwright/test';

/** Port for the test server (not 4321, so `npm start` can keep running). */
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
	testDir: 'tests/e2e',
	// The browser tests run against dist/: refuse a missing or stale build.
	globalSetup: './tests/helpers/require-build.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// Debian's Chromium; browsers are never downloaded. Scrolls by key or wheel jump at once instead of
		// animating, so a test reads what a key did as soon as it is pressed: on a busy machine a layout
		// change mid-animation could end the animation before it moved anything.
		launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-smooth-scrolling'] },
		trace: 'off',
	},
	webServer: {
		// The server `npm start` uses: compressed, with the 404 page of each edition.
		command: `node scripts/serve.mjs --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
