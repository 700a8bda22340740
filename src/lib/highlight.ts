import { createHighlighter, type Highlighter } from 'shiki';
import { breakableHastHtml } from './code-breaks';
import { CODE_THEMES, styleToClasses } from './shiki-classes';

let highlighter: Promise<Highlighter> | undefined;

/** Highlights one shell command for a table cell: inline spans, classes instead of styles, wrapping only where code may. */
export async function highlightCommand(command: string): Promise<string> {
	highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: ['shellscript'] });
	const hl = await highlighter;
	return breakableHastHtml(hl.codeToHast(command, {
		lang: 'shellscript',
		themes: CODE_THEMES,
		defaultColor: false,
		structure: 'inline',
		transformers: [styleToClasses()],
	}));
}
