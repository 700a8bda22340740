import type { APIRoute } from 'astro';
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light';
import { paletteCss } from '../lib/shiki-classes';

/** Colour classes for highlighted code (Shiki styles turned into classes, see lib/shiki-classes). */
export const GET: APIRoute = () =>
	new Response(paletteCss({ light: githubLight, dark: githubDark }), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
