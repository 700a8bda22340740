/**
 * One tokenizer for the row index and for queries, so both sides split text the same way.
 * Paths, flags and commands split at their punctuation (`/etc/rancher/k3s/k3s.yaml` →
 * `etc rancher k3s k3s yaml`); `K3S_KUBECONFIG_MODE` is kept whole and also split at `_`.
 * Chinese has no spaces and `Intl.Segmenter` cuts terms like 端口 into single characters,
 * so runs of Han characters become overlapping character pairs (清单目录 → 清单 单目 目录),
 * the usual way to search CJK text without a dictionary.
 */
const HAN = /\p{Script=Han}+/gu;

export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	for (const chunk of text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}_]+/u)) {
		if (!chunk) continue;
		let last = 0;
		for (const match of chunk.matchAll(HAN)) {
			latinTokens(chunk.slice(last, match.index), tokens);
			hanTokens(match[0], tokens);
			last = match.index + match[0].length;
		}
		latinTokens(chunk.slice(last), tokens);
	}
	return tokens;
}

function latinTokens(text: string, out: string[]): void {
	if (!text) return;
	const parts = text.split('_').filter(Boolean);
	if (parts.length !== 1 || parts[0] !== text) out.push(text.replace(/^_+|_+$/g, ''));
	out.push(...parts);
}

function hanTokens(run: string, out: string[]): void {
	const chars = [...run];
	if (chars.length === 1) out.push(run);
	for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** Whether text contains Chinese characters. */
export function hasHan(text: string): boolean {
	return /\p{Script=Han}/u.test(text);
}
