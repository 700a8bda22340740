import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { RedirectsSchema, type Redirects } from '../schemas/redirect';

export const REDIRECTS_FILE = 'content/data/redirects.yaml';

let cached: Redirects | undefined;

/** Declared redirects of renamed pages and anchors (validated; a bad entry fails the build). */
export function getRedirects(root = process.cwd()): Redirects {
	if (cached) return cached;
	const parsed = RedirectsSchema.safeParse(load(readFileSync(`${root}/${REDIRECTS_FILE}`, 'utf8')) ?? {});
	if (!parsed.success) throw new Error(`${REDIRECTS_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	cached = parsed.data;
	return cached;
}
