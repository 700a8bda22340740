import { en, type UiStrings } from './en';

const dictionaries: Record<string, UiStrings> = { en };

/** The interface strings of a language (English until other editions exist). */
export function t(lang = 'en'): UiStrings {
	const dict = dictionaries[lang];
	if (!dict) throw new Error(`No interface strings for language "${lang}"`);
	return dict;
}
