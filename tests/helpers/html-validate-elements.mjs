// Element metadata override for html-validate (loaded from .htmlvalidate.json).
// html-validate maps every <aside> to role "complementary". HTML-AAM (and Chromium, and axe-core) map an
// <aside> nested in sectioning content (article, aside, nav, section) to role "generic" unless it has an
// accessible name, so such asides are not landmarks. Without this, `unique-landmark` reports false positives
// for the site's note boxes inside <article>, while staying right for every real landmark.
import { defineMetadata } from 'html-validate';

const NESTED = ['article', 'aside', 'nav', 'section'].map((s) => `${s} aside`).join(', ');

export default defineMetadata({
	aside: {
		inherit: 'aside',
		aria: {
			implicitRole(node) {
				if (node.hasAttribute('aria-label') || node.hasAttribute('aria-labelledby')) return 'complementary';
				return node.closest(NESTED) ? 'generic' : 'complementary';
			},
		},
	},
});
