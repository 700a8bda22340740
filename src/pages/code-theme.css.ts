import type { APIRoute } from 'astro';
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light';
import { paletteCss } from '../lib/shiki-classes';
// Compiled (minified) by Vite, not added to any page by itself: it travels with the palette it applies.
import codeCss from '../styles/code.css?inline';

/**
 * Everything highlighted code needs, in one stylesheet that only pages showing code load: the
 * rules for code blocks and commands, and the colour classes Shiki's styles became (lib/shiki-classes).
 */
export const GET: APIRoute = () =>
	new Response(`${codeCss}\n${paletteCss({ light: githubLight, dark: githubDark })}`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
