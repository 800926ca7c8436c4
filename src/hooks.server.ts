import type { Handle } from '@sveltejs/kit/hooks';

/** Sets the document language from the `lang` query parameter (Chinese by default). */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
