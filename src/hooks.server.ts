import type { Handle, ServerInit } from '@sveltejs/kit/hooks';
import { text } from '@sveltejs/kit';
import { isCrossSiteFormOutsideApi } from '#lib/server/cross-site-form.js';
import { compressed } from '#lib/server/compress.js';
import { apiWriteRefusal } from '#lib/server/api-writes.js';
import { apiShaped, errorResponse } from '#lib/server/api-error.js';
import { BASELINE_CSP, BASELINE_HEADERS } from '../scripts/edge.js';
import { taskRunner } from '#lib/server/pool/task-runner.js';
import { startStore } from '#lib/server/services.js';
import { regionalAnswers } from '#lib/server/regional-answers.js';
import { earlyBootLink, earlyBootScript, earlySource } from '#lib/components/early-boot.js';
import { sceneWorkerUrl } from '#lib/components/scene-worker-url.js';

/**
 * A worker of the pool starts with the server, so the first export or upload does not wait for
 * it, and builds the whole country's regional instance in the background (not awaited: the
 * server listens meanwhile); the store is opened (and a PostgreSQL one reached and migrated)
 * before the first request.
 */
export const init: ServerInit = async () => {
	taskRunner().warm();
	void regionalAnswers().warm();
	await startStore();
};

/** Pages any site may put in a frame: the chrome-less embeds. */
function isEmbed(pathname: string): boolean {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/** Paths of the HTTP API, whose every error answer has the one shape of api-error.ts. */
function isApi(pathname: string): boolean {
	return pathname === '/api' || pathname.startsWith('/api/');
}

/** Refuses a write the API must not take (see api-writes.ts) or a cross-site form post to a page. */
function refusal(request: Request, url: URL): Response | undefined {
	const api = apiWriteRefusal(request, url);
	if (api) return errorResponse(api);
	if (isCrossSiteFormOutsideApi(request, url))
		return text(`Cross-site ${request.method} form submissions are forbidden`, { status: 403 });
}

/**
 * Refuses cross-site writes: form submissions to pages (Kit's own check is off in vite.config.ts
 * so that scripts can upload to the API) and API writes from another origin or not as JSON. Sets
 * the document language from the `lang` query parameter (Chinese by default), writes the head's
 * first script for a chart from elsewhere (see early-boot.ts; its placeholders in app.html come
 * before anything the page writes, so the first are always them), the headers every
 * response carries (scripts/edge.js) and the framing policy: `/embed/*` may be framed by any
 * site, every other response by none. A page's content policy comes from the `csp` option in
 * vite.config.ts, which nonces or hashes SvelteKit's own inline script; other answers get the
 * baseline policy; `frame-ancestors` is appended here, because it differs by route. Text answers
 * are gzipped for clients that take it (see compress.ts). An API path's error that no route
 * answered (no such route, a method it lacks, a thrown error) gets the API's error shape.
 */
export const handle: Handle = async ({ event, resolve }) => {
	// The head's placeholders are in the page's first chunk: later chunks are the page's own text.
	let first = true;
	const resolved =
		refusal(event.request, event.url) ??
		(await resolve(event, {
			transformPageChunk: ({ html }) => {
				if (!first) return html;
				first = false;
				const early = earlySource(event.url.pathname, event.url.search);
				return html
					.replace('%lang%', event.url.searchParams.get('lang') === 'en' ? 'en' : 'zh-CN')
					.replace('%tiaokuai.early.link%', () => (early ? earlyBootLink(sceneWorkerUrl) : ''))
					.replace('%tiaokuai.early.script%', () => (early ? earlyBootScript(sceneWorkerUrl) : ''));
			}
		}));
	const response = isApi(event.url.pathname) ? await apiShaped(resolved) : resolved;
	return compressed(event.request, withEdgeHeaders(response, isEmbed(event.url.pathname)));
};

/**
 * The response with the baseline headers it lacks, `frame-ancestors` added to its policy and,
 * outside embeds, `X-Frame-Options: DENY`.
 */
function withEdgeHeaders(response: Response, embed: boolean): Response {
	const ancestors = embed ? 'frame-ancestors *' : "frame-ancestors 'none'";
	const csp = response.headers.get('content-security-policy') ?? BASELINE_CSP;
	const apply = (headers: Headers) => {
		for (const [name, value] of Object.entries(BASELINE_HEADERS))
			if (!headers.has(name)) headers.set(name, value);
		headers.set('content-security-policy', `${csp}; ${ancestors}`);
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
