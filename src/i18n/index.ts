import { en, type UiStrings } from './en';
import type { Lang } from './langs';
import { zh } from './zh';

const dictionaries: Record<Lang, UiStrings> = { en, zh };

/** The interface strings of an edition. */
export function t(lang: Lang = 'en'): UiStrings {
	return dictionaries[lang];
}
