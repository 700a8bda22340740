import { defineMiddleware } from 'astro:middleware';
import { t } from './i18n';
import { langOfLocale } from './i18n/langs';

/** Every page and component reads its edition and interface strings from `Astro.locals`, set once per page from Astro's i18n routing. */
export const onRequest = defineMiddleware((context, next) => {
	const lang = langOfLocale(context.currentLocale);
	context.locals.lang = lang;
	context.locals.ui = t(lang);
	return next();
});
