import type { ShikiTransformer, ThemeRegistration } from 'shiki';

/** Light and dark themes for every code block and highlighted command. */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark-default' } as const;

const DECLARATION = /^--shiki-(light|dark)(-bg|-font-style|-font-weight|-text-decoration)?:\s*(.+)$/;
const PREFIX: Record<string, string> = { light: 'shl', dark: 'shd' };
const SUFFIX: Record<string, string> = { '': '', '-bg': 'b', '-font-style': 'fs', '-font-weight': 'fw', '-text-decoration': 'td' };

/** `--shiki-light:#6F42C1` → `shl-6f42c1`; `--shiki-dark-font-style:italic` → `shdfs-italic`. */
export function declarationToClass(declaration: string): string | undefined {
	const match = DECLARATION.exec(declaration.trim());
	if (!match) return undefined;
	const [, theme, kind = '', value = ''] = match;
	const token = value.trim().toLowerCase().replace(/^#/, '').replace(/[^a-z0-9]+/g, '_');
	return `${PREFIX[theme!]}${SUFFIX[kind]}-${token}`;
}

interface HastNode {
	type: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** Layout declarations Astro adds to `<pre>` that the stylesheet already sets for `.astro-code`. */
const COVERED_BY_CSS = new Set(['overflow-x:auto']);

function convert(node: HastNode): void {
	const style = node.properties?.style;
	if (typeof style === 'string') {
		const kept: string[] = [];
		const classes: string[] = [];
		for (const declaration of style.split(';').map((d) => d.trim()).filter(Boolean)) {
			const className = declarationToClass(declaration);
			if (className) classes.push(className);
			else if (!COVERED_BY_CSS.has(declaration.replace(/\s+/g, ''))) kept.push(declaration);
		}
		const existing = node.properties!.class ?? node.properties!.className;
		const list = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(' ') : [];
		delete node.properties!.className;
		node.properties!.class = [...list, ...classes].filter(Boolean).join(' ');
		if (kept.length) node.properties!.style = kept.join(';');
		else delete node.properties!.style;
	}
	node.children?.forEach(convert);
}

/**
 * Replaces Shiki's inline `style` attributes with classes that encode the same
 * value, so pages need no `style-src 'unsafe-inline'` under the Content-Security-Policy.
 * Unlike `transformerStyleToClass`, the class names are derived from the values,
 * so the stylesheet can be generated from the themes alone, with no shared state
 * between the Markdown pipeline and components.
 */
export function styleToClasses(): ShikiTransformer {
	return {
		name: 'k0s-vs-k3s:style-to-classes',
		root(root) {
			convert(root as unknown as HastNode);
		},
	};
}

/**
 * The colours Shiki can put on code: token foregrounds and the default foreground on text,
 * the editor background on the block. The rest of a theme's palette (editor chrome) never reaches a page.
 */
function colorsOf(theme: ThemeRegistration): { text: Set<string>; background: Set<string> } {
	const text = new Set<string>();
	const background = new Set<string>();
	const add = (set: Set<string>, value: unknown) => {
		if (typeof value === 'string' && value.startsWith('#')) set.add(value.toLowerCase());
	};
	for (const entry of theme.tokenColors ?? []) add(text, entry.settings?.foreground);
	add(text, theme.fg ?? theme.colors?.['editor.foreground']);
	add(background, theme.bg ?? theme.colors?.['editor.background']);
	return { text, background };
}

/** The stylesheet for every class `styleToClasses` can produce with the given themes. */
export function paletteCss(themes: { light: ThemeRegistration; dark: ThemeRegistration }): string {
	const rules: string[] = [];
	for (const mode of ['light', 'dark'] as const) {
		const { text, background } = colorsOf(themes[mode]);
		for (const color of [...text].sort()) rules.push(`.sh${mode[0]}-${color.slice(1)}{--shiki-${mode}:${color}}`);
		for (const color of [...background].sort()) rules.push(`.sh${mode[0]}b-${color.slice(1)}{--shiki-${mode}-bg:${color}}`);
		for (const style of ['italic', 'normal']) rules.push(`.sh${mode[0]}fs-${style}{--shiki-${mode}-font-style:${style}}`);
		for (const weight of ['bold', 'normal']) rules.push(`.sh${mode[0]}fw-${weight}{--shiki-${mode}-font-weight:${weight}}`);
		for (const deco of ['underline', 'line-through', 'none']) rules.push(`.sh${mode[0]}td-${deco.replace('-', '_')}{--shiki-${mode}-text-decoration:${deco}}`);
	}
	return rules.join('\n') + '\n';
}
