import { ApiError } from './api-error.js';

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The upload route, which also takes a file as `multipart/form-data` or as the raw body. */
const IMPORT_PATH = '/api/import';

/**
 * Why a write to the HTTP API is refused before it reaches its route, or undefined when it may
 * go on. A browser on another site can send a form or a `text/plain` body without asking
 * (no CORS preflight) and always names its origin when it does, so:
 * - a write whose `Origin` is not this site's is refused (403), whatever it carries;
 * - a write with a body must say `application/json` (415), which no cross-site form can send
 *   without a preflight — but for `/api/import`, whose files come as a multipart form or as
 *   they are; scripts (curl, Python) send no `Origin` and may post there as before.
 * Writes without a body (DELETE, token rotation) need no type.
 */
export function apiWriteRefusal(request: Request, url: URL): ApiError | undefined {
	if (!(url.pathname === '/api' || url.pathname.startsWith('/api/'))) return undefined;
	if (!writeMethods.has(request.method)) return undefined;
	const origin = request.headers.get('origin');
	if (origin !== null && origin !== url.origin) {
		return new ApiError(
			403,
			'foreign_origin',
			`Writes are accepted from ${url.origin} only, not from ${origin}.`,
			{
				text: {
					zh: `只接受来自 ${url.origin} 的写入请求，不接受来自 ${origin} 的请求。`,
					en: `Writes are accepted from ${url.origin} only, not from ${origin}.`
				}
			}
		);
	}
	if (url.pathname === IMPORT_PATH || request.body === null) return undefined;
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type === 'application/json') return undefined;
	const sent = type || 'no content-type';
	return new ApiError(415, 'json_required', `Send the body as application/json (got ${sent}).`, {
		text: {
			zh: `请求体须为 application/json（收到的是 ${sent}）。`,
			en: `Send the body as application/json (got ${sent}).`
		}
	});
}
