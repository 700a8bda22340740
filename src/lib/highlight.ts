import { createHighlighter, type Highlighter } from 'shiki';
import { CODE_THEMES, styleToClasses } from './shiki-classes';

let highlighter: Promise<Highlighter> | undefined;

/** Highlights one shell command for a table cell: inline `<code>` spans, classes instead of styles. */
export async function highlightCommand(command: string): Promise<string> {
	highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: ['shellscript'] });
	const hl = await highlighter;
	return hl.codeToHtml(command, {
		lang: 'shellscript',
		themes: CODE_THEMES,
		defaultColor: false,
		structure: 'inline',
		transformers: [styleToClasses()],
	});
}
