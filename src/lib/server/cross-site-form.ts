const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * True for a cross-site form submission outside `/api/`: the rule SvelteKit applies to every
 * route, kept for the pages. The HTTP API is left out on purpose: it authenticates with bearer
 * tokens, never cookies, so a forged cross-site request carries no credentials — and scripts
 * (curl, Python) send no `Origin` header, which Kit's rule would refuse for multipart uploads.
 */
export function isCrossSiteFormOutsideApi(request: Request, url: URL): boolean {
	if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return false;
	if (!writeMethods.has(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	const formLike = type === '' || formTypes.includes(type);
	return formLike && request.headers.get('origin') !== url.origin;
}
