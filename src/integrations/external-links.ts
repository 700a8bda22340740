/**
 * Sätteri hast plugin: links that leave the site get `rel="noopener"`, like every
 * link the components render, so Markdown and MDX prose follows the same rule.
 */
interface HastElement {
	properties?: Record<string, unknown>;
}
interface VisitContext {
	setProperty(node: HastElement, key: string, value: unknown): void;
}

export const externalLinks = {
	name: 'external-links-noopener',
	element: {
		filter: ['a'],
		visit(node: HastElement, ctx: VisitContext) {
			const href = node.properties?.href;
			if (typeof href === 'string' && /^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', 'noopener');
		},
	},
};
