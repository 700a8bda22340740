import { defineHastPlugin } from 'satteri';

/**
 * Sätteri hast plugin: links that leave the site get `rel="noopener"`, like every
 * link the components render, so Markdown and MDX prose follows the same rule.
 */
export const externalLinks = defineHastPlugin({
	name: 'external-links-noopener',
	element: {
		filter: ['a'],
		visit(node, ctx) {
			const href = node.properties?.href;
			if (typeof href === 'string' && /^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', 'noopener');
		},
	},
});
