// Global setup for the checks over dist/ (vitest `build` and `search` projects, Playwright):
// they test the built site, so a missing or stale build is refused up front instead of testing old pages.
import { buildProblem } from '../../scripts/lib/build-freshness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

export default function requireFreshBuild() {
	const problem = buildProblem(ROOT);
	if (problem) throw new Error(`${problem}. These checks test the built site: run \`npm run build\` first (\`npm test\` builds before them).`);
}
