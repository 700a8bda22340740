import { LANG_META, type Lang } from '../i18n/langs';

/**
 * The separators that join `count` items into a list in an edition's language, in order:
 * ", " and ", and " in English; "、" and " 和 " in Chinese (a space sets Han text off from
 * Latin names, as the Chinese style guides ask). For lists whose items are markup (links).
 */
export function listSeparators(count: number, lang: Lang): string[] {
	const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}`);
	return new Intl.ListFormat(LANG_META[lang].htmlLang, { style: 'long', type: 'conjunction' })
		.formatToParts(placeholders)
		.filter((part) => part.type === 'literal')
		.map((part) => (/^\p{Script=Han}+$/u.test(part.value) ? ` ${part.value} ` : part.value));
}

/** "k0s, k3s, and RKE2" / "k0s、k3s 和 RKE2": a list joined the way each edition's language joins one. */
export function joinList(items: readonly string[], lang: Lang): string {
	const separators = listSeparators(items.length, lang);
	return items.map((item, i) => (i === 0 ? item : `${separators[i - 1]}${item}`)).join('');
}

/**
 * The site's name: "k0s vs k3s" while it compares two distributions, a name that says
 * what it is once it compares more (`many`, from the edition's strings).
 */
export function siteName(distros: readonly { name: string }[], many: string): string {
	return distros.length === 2 ? `${distros[0]!.name} vs ${distros[1]!.name}` : many;
}
