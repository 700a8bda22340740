import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';
import { SITE } from '../site.config';

/** Crawlers may read everything; the sitemap lists every page of both editions. */
export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITE.url, import.meta.env.BASE_URL, '/sitemap-index.xml')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
