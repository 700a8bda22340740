import { createHighlighter, type Highlighter } from 'shiki';
import { highlightedLines, type CodeLines } from './code-breaks';
import { CODE_THEMES, styleToClasses } from './shiki-classes';

let highlighter: Promise<Highlighter> | undefined;

/** Highlights one shell command for a table cell: inline token pieces with classes instead of styles (render with breakableCode). */
export async function highlightCommand(command: string): Promise<CodeLines> {
	highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: ['shellscript'] });
	const hl = await highlighter;
	return highlightedLines(hl.codeToHast(command, {
		lang: 'shellscript',
		themes: CODE_THEMES,
		defaultColor: false,
		structure: 'inline',
		transformers: [styleToClasses()],
	}));
}
