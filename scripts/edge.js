// What the server does to every request before SvelteKit's handler sees it, and to every
// response before it leaves: the site's origin from configuration, and the headers static files
// (served by adapter-node outside the app's hooks) need as much as pages do.

/**
 * Where a page may read data from (`connect-src`, as SvelteKit's `csp` option in vite.config.ts
 * writes it): its own origin, blob: URLs, and any site a reader opens a chart from with `?src=`.
 */
/** @type {('self' | 'blob:' | 'https:' | 'http:')[]} */
export const PAGE_CONNECT_SOURCES = ['self', 'blob:', 'https:', 'http:'];

/**
 * A content policy for what is not a page, reading data from `connect` (`connect-src`); framing
 * is added per response. The pages' own policy, with its nonces, is in vite.config.ts.
 * @param {string} connect
 */
function staticPolicy(connect) {
	return [
		"default-src 'self'",
		"img-src 'self' data: blob:",
		"style-src 'self'",
		"font-src 'self'",
		`connect-src ${connect}`,
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');
}

/** The content policy of everything that is not a page (static files, API answers, exports). */
export const BASELINE_CSP = staticPolicy("'self'");

/**
 * Headers on every response. SvelteKit's answers replace the policy with their own
 * (src/hooks.server.ts), whose framing depends on the route; static files keep this one.
 */
export const BASELINE_HEADERS = Object.freeze({
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'content-security-policy': `${BASELINE_CSP}; frame-ancestors 'none'`
});

/**
 * Headers on the app's worker scripts: a worker's policy is its script's, and the scene worker
 * downloads a `?src=` chart for the page (src/lib/components/early-boot.ts), so it may read
 * from where the page may; the rest is the baseline.
 */
const WORKER_HEADERS = Object.freeze({
	...BASELINE_HEADERS,
	'content-security-policy': `${staticPolicy(
		PAGE_CONNECT_SOURCES.map((source) => (source === 'self' ? "'self'" : source)).join(' ')
	)}; frame-ancestors 'none'`
});

/**
 * The headers every response to a request for `path` starts with.
 * @param {string} path
 */
export function edgeHeaders(path) {
	return path.startsWith('/_app/immutable/workers/') ? WORKER_HEADERS : BASELINE_HEADERS;
}

/** Private header names the handler reads the canonical scheme and host from (see `originRule`). */
export const PROTO_HEADER = 'x-tiaokuai-proto';
export const HOST_HEADER = 'x-tiaokuai-host';

const HOST_VALUE = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * @typedef {{ proto: string, host: string } | { error: string }} OriginChoice
 * @typedef {(headers: import('node:http').IncomingHttpHeaders) => OriginChoice} OriginRule
 */

/**
 * How the server learns its own origin, for the absolute links it writes (oEmbed) and the
 * `Origin` check on writes — from configuration, never from a client's `Host` header:
 * - `ORIGIN` (e.g. `https://charts.example`) names it outright;
 * - else `HOST_HEADER` (and `PROTOCOL_HEADER`, `PORT_HEADER`) name the headers a trusted reverse
 *   proxy sets; the scheme is `http` when no protocol header is named;
 * - else the site is a local one, `http://localhost:PORT`: a `Host` of `localhost`,
 *   `127.0.0.1` or `[::1]` at that port is kept (all name this machine), any other is ignored.
 * @param {Record<string, string | undefined>} env
 * @returns {OriginRule}
 */
export function originRule(env) {
	if (env.ORIGIN) {
		const url = new URL(env.ORIGIN);
		if (!/^https?:$/.test(url.protocol) || url.origin !== env.ORIGIN.replace(/\/$/, ''))
			throw new Error(
				`ORIGIN must be a scheme and host only, like https://charts.example; got ${env.ORIGIN}`
			);
		const fixed = { proto: url.protocol.slice(0, -1), host: url.host };
		return () => fixed;
	}
	const hostHeader = env.HOST_HEADER?.toLowerCase();
	const protoHeader = env.PROTOCOL_HEADER?.toLowerCase();
	const portHeader = env.PORT_HEADER?.toLowerCase();
	if (hostHeader) {
		return (headers) => {
			const host = one(headers[hostHeader]);
			const proto = (protoHeader && one(headers[protoHeader])) || 'http';
			const port = portHeader && one(headers[portHeader]);
			if (!host || !HOST_VALUE.test(host)) return { error: `missing or bad ${hostHeader} header` };
			if (proto !== 'http' && proto !== 'https') return { error: `bad ${protoHeader} header` };
			if (port && !/^\d{1,5}$/.test(port)) return { error: `bad ${portHeader} header` };
			return { proto, host: port ? `${host.replace(/:\d+$/, '')}:${port}` : host };
		};
	}
	const port = env.PORT ?? '3000';
	const local = { proto: 'http', host: `localhost:${port}` };
	return (headers) => {
		const host = one(headers.host)?.toLowerCase() ?? '';
		const name = host.replace(/:\d+$/, '');
		return LOOPBACK.has(name) && host === `${name}:${port}` ? { proto: 'http', host } : local;
	};
}

/**
 * A header's single value: undefined when absent or sent more than once.
 * @param {string | string[] | undefined} value
 */
function one(value) {
	return Array.isArray(value) ? undefined : value;
}
