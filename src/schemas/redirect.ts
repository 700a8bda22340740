import { z } from 'astro/zod';

const SitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'must be a site path such as /old-page/' });
const SiteAnchor = z.string().regex(/^\/([a-z0-9-]+\/)*#[a-z0-9-]+$/, { error: 'must be a site path with an anchor such as /paths/#old-id' });

/** `content/data/redirects.yaml`: renamed pages and anchors. Entries are never removed: old links live forever. */
export const RedirectsSchema = z.strictObject({
	pages: z.array(z.strictObject({ from: SitePath, to: SitePath })).default([]),
	anchors: z.array(z.strictObject({ from: SiteAnchor, to: SiteAnchor })).default([]),
});
export type Redirects = z.output<typeof RedirectsSchema>;
