// Every built page, 404 pages included, is in the edition of its address: Astro's i18n routing gives each
// page its locale (src/middleware.ts → Astro.locals.lang), and the page declares that edition.
import { describe, expect, it } from 'vitest';
import { LANG_META, PUBLISHED_LANGS, langOfPath } from '../../src/i18n/langs';
import { readDist, sitePath } from '../helpers/dist-files';
import { scanTags } from '../helpers/link-check';

const tagsByFile = new Map([...readDist()].map(([file, html]) => [file, scanTags(html)]));
// Forwarding pages (content/data/redirects.yaml) are Astro's bare refresh pages, in no edition.
const pages = [...tagsByFile.keys()].filter((f) => !tagsByFile.get(f)!.some((t) => t.name === 'meta' && t.attrs.get('http-equiv') === 'refresh'));

describe('editions', () => {
	it.each(PUBLISHED_LANGS)('%s has its pages and its own 404 page', (lang) => {
		const files = pages.filter((f) => langOfPath(sitePath(f)) === lang);
		expect(files.length).toBeGreaterThan(10);
		expect(files.map(sitePath)).toContain(`${LANG_META[lang].prefix}/404.html`);
	});

	it.each(pages)('%s declares the edition of its address', (file) => {
		const lang = LANG_META[langOfPath(sitePath(file))];
		const tags = tagsByFile.get(file)!;
		const html = tags.find((t) => t.name === 'html');
		expect(html?.attrs.get('lang')).toBe(lang.htmlLang);
		expect(html?.attrs.get('data-lang-prefix')).toBe(lang.prefix);
		expect(tags.find((t) => t.name === 'meta' && t.attrs.get('property') === 'og:locale')?.attrs.get('content')).toBe(lang.ogLocale);
	});
});
