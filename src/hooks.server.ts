import type { Handle } from '@sveltejs/kit/hooks';
import { text } from '@sveltejs/kit';
import { isCrossSiteFormOutsideApi } from '#lib/server/cross-site-form.js';

/**
 * Refuses cross-site form submissions to pages (Kit's own check is off in vite.config.ts so that
 * scripts can upload to the API) and sets the document language from the `lang` query parameter
 * (Chinese by default).
 */
export const handle: Handle = ({ event, resolve }) => {
	if (isCrossSiteFormOutsideApi(event.request, event.url)) {
		return text(`Cross-site ${event.request.method} form submissions are forbidden`, { status: 403 });
	}
	const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
