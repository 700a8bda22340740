/**
 * Chinese, Japanese and Korean script, and the full-width punctuation that goes with it.
 * The original note is in Chinese: text in these scripts is a quote an English reader needs glossed.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;

/** True when the text contains any CJK character. */
export function hasCjk(text: string): boolean {
	return CJK.test(text);
}
