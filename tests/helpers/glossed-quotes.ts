// Finds Chinese text an English reader would see without an English rendering next to it.
// A quote from the original note is marked `lang="zh…"` and followed by a `.gloss` sibling;
// any other visible CJK text on an English page is a finding.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { hasCjk } from '../../src/lib/cjk';

/** Elements whose text is never shown. */
function isUnshown(el: Element): boolean {
	if (['script', 'style', 'template', 'noscript'].includes(el.tagName)) return true;
	return el.properties.hidden !== undefined && el.properties.hidden !== false;
}

/** Elements whose text is never shown, or is shown deliberately in its own language. */
function isExempt(el: Element): boolean {
	if (isUnshown(el)) return true;
	// The link to the other edition names it in its own language (`<a hreflang="zh-CN">简体中文</a>`).
	return el.tagName === 'a' && el.properties.hrefLang !== undefined;
}

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}

const isChinese = (lang: unknown) => typeof lang === 'string' && lang.toLowerCase().startsWith('zh');
const isChineseQuote = (el: Element) => isChinese(el.properties.lang);

/** The element sibling right after `el` (whitespace and punctuation between them are allowed). */
function nextElementSibling(parent: Element | Root, el: Element): Element | undefined {
	const siblings = parent.children;
	for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
		const node = siblings[i]!;
		if (node.type === 'element') return node;
		if (node.type === 'text' && /[\p{L}\p{N}]/u.test(node.value)) return undefined;
	}
	return undefined;
}

function hasGloss(parent: Element | Root, quote: Element): boolean {
	const next = nextElementSibling(parent, quote);
	if (!next || !(next.properties.className as string[] | undefined)?.includes('gloss')) return false;
	const gloss = textOf(next);
	return /\p{Script=Latin}/u.test(gloss) && !hasCjk(gloss);
}

/** Every visible piece of CJK text in the page (its HTML or parsed tree) that is not a glossed Chinese quote, trimmed. */
export function unglossedChinese(page: string | Root): string[] {
	const found: string[] = [];
	const visit = (parent: Element | Root) => {
		for (const node of parent.children) {
			if (node.type === 'text') {
				if (hasCjk(node.value)) found.push(node.value.trim());
			} else if (node.type === 'element' && !isExempt(node)) {
				if (isChineseQuote(node)) {
					if (!hasGloss(parent, node)) found.push(textOf(node).trim());
				} else {
					visit(node);
				}
			}
		}
	};
	visit(typeof page === 'string' ? fromHtml(page) : page);
	return found;
}

/**
 * Every visible piece of CJK text that no element marks as Chinese (`lang="zh…"` on it or around it).
 * The English font stack names no CJK family; the browser picks a Simplified Chinese font for the
 * Chinese an English page holds from that mark, and would pick by guesswork without it.
 */
export function unmarkedChinese(page: string | Root): string[] {
	const found: string[] = [];
	const visit = (parent: Element | Root, chinese: boolean) => {
		for (const node of parent.children) {
			if (node.type === 'text' && !chinese && hasCjk(node.value)) found.push(node.value.trim());
			if (node.type !== 'element' || isUnshown(node)) continue;
			visit(node, node.properties.lang === undefined ? chinese : isChinese(node.properties.lang));
		}
	};
	visit(typeof page === 'string' ? fromHtml(page) : page, false);
	return found;
}
