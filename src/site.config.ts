/**
 * Site-wide settings in one place. `SITE_URL` and `BASE_PATH` can be set at build time
 * to deploy under another domain or a sub-path (see README, "Deploy").
 */
export const SITE = {
	name: 'k0s vs k3s',
	/** Absolute origin used for canonical URLs, Open Graph tags and copied links. */
	url: process.env.SITE_URL ?? 'https://k0s-vs-k3s.pages.dev',
	/** Path prefix when the site is not served from the domain root, e.g. `/docs`. */
	base: process.env.BASE_PATH ?? '/',
	/** Repository that holds the content; "suggest a fix" links open its edit page. */
	repo: process.env.REPO_URL ?? 'https://github.com/k0s-vs-k3s/k0s-vs-k3s',
	/** The distributions table pages show until the reader picks others (the site answers k0s vs k3s first). */
	defaultColumns: ['k0s', 'k3s'] as readonly string[],
	/** Branch that edit links point at. */
	branch: 'main',
} as const;
