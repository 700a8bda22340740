// Every page's load, head tags and console are checked in crawl.spec.ts; this proves its watcher catches a CSP violation.
import { baseURLOf, expect, test, watchPage } from './fixtures';

test('the policy blocks injected inline script and the crawl watcher reports it', async ({ shared: page }, info) => {
	const watcher = watchPage(page, new URL(baseURLOf(info)).origin);
	try {
		await page.goto('/compare/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__ran = true';
			document.head.append(script);
		});
		await expect.poll(() => watcher.errors.some((e) => e.includes('CSP violation'))).toBe(true);
		expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
	} finally {
		watcher.stop();
	}
});
