import { z } from 'astro/zod';

/** A stable, language-independent identifier: lower-case kebab-case. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case kebab-case (a-z, 0-9, -)' });

/** Every fact links to official docs or source code over https. */
export const HttpsUrlSchema = z
	.string({ error: 'must be an https URL' })
	.refine((value) => {
		try {
			const url = new URL(value);
			return url.protocol === 'https:' && url.hostname.includes('.');
		} catch {
			return false;
		}
	}, { error: 'must be an https URL' });

/** A release tag such as `v1.36.3+k0s.2` or `v1.37.1+k3s1`, or a component version such as `0.16.3`. */
export const VersionSchema = z
	.string()
	.regex(/^v?\d+(\.\d+)*([-+.][0-9A-Za-z.+-]+)?$/, { error: 'must be a version such as v1.36.3+k0s.2' });

/** Meta descriptions are cut by search engines and chat previews after ~160 characters. */
export const DescriptionSchema = z
	.string()
	.min(20, { error: 'must say what the page is about (20 characters or more)' })
	.max(160, { error: 'must be at most 160 characters (it is used for link previews)' });
