import type { Handle } from '@sveltejs/kit/hooks';
import { text } from '@sveltejs/kit';
import { isCrossSiteFormOutsideApi } from '#lib/server/cross-site-form.js';
import { compressed } from '#lib/server/compress.js';

/** Pages any site may put in a frame: the chrome-less embeds. */
function isEmbed(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * Refuses cross-site form submissions to pages (Kit's own check is off in vite.config.ts so that
 * scripts can upload to the API), sets the document language from the `lang` query parameter
 * (Chinese by default), and sets the framing policy: `/embed/*` may be framed by any site, every
 * other response by none. The script policy itself comes from the `csp` option in
 * vite.config.ts, which nonces or hashes SvelteKit's own inline script; here `frame-ancestors`
 * is appended to it, because it differs by route. Text answers are gzipped for clients that take
 * it (see compress.ts).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = isCrossSiteFormOutsideApi(event.request, event.url)
		? text(`Cross-site ${event.request.method} form submissions are forbidden`, { status: 403 })
		: await resolve(event, {
				transformPageChunk: ({ html }) =>
					html.replace('%lang%', event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN')
			});
	return compressed(event.request, withFramePolicy(response, isEmbed(event.url.pathname)));
};

/** The response with `frame-ancestors` added to its policy and, outside embeds, `X-Frame-Options: DENY`. */
function withFramePolicy(response: Response, embed: boolean): Response {
	const ancestors = embed ? 'frame-ancestors *' : "frame-ancestors 'none'";
	const csp = response.headers.get('content-security-policy');
	const apply = (headers: Headers) => {
		headers.set('content-security-policy', csp ? `${csp}; ${ancestors}` : ancestors);
		if (embed) headers.delete('x-frame-options');
		else headers.set('x-frame-options', 'DENY');
	};
	try {
		apply(response.headers);
		return response;
	} catch {
		// Responses built from fetch() have immutable headers; copy them to set ours.
		const copy = new Response(response.body, response);
		apply(copy.headers);
		return copy;
	}
}
