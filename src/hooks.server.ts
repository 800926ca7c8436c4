import type { Handle } from '@sveltejs/kit/hooks';

/** Pages any site may put in a frame: the chrome-less embeds. */
function isEmbed(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * Sets the document language from the `lang` query parameter (Chinese by default), and the
 * framing policy: `/embed/*` may be framed by any site, every other response by none. The
 * script policy itself comes from the `csp` option in vite.config.ts, which hashes or nonces
 * SvelteKit's own inline script; here `frame-ancestors` is appended to it, because it differs
 * by route.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN';
	const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
	const embed = isEmbed(event.url.pathname);
	const ancestors = embed ? 'frame-ancestors *' : "frame-ancestors 'none'";
	const csp = response.headers.get('content-security-policy');
	try {
		response.headers.set('content-security-policy', csp ? `${csp}; ${ancestors}` : ancestors);
		if (embed) response.headers.delete('x-frame-options');
		else response.headers.set('x-frame-options', 'DENY');
	} catch {
		// Responses built from fetch() have immutable headers; copy them to set ours.
		const copy = new Response(response.body, response);
		copy.headers.set('content-security-policy', csp ? `${csp}; ${ancestors}` : ancestors);
		if (!embed) copy.headers.set('x-frame-options', 'DENY');
		return copy;
	}
	return response;
};
