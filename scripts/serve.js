// The production server: SvelteKit's built handler (build/handler.js) behind the rules adapter-node
// leaves to its host. Run it from the project's root after `npm run build`; `npm start` runs it
// under a supervisor (scripts/start.js). Environment: PORT (3000), HOST (0.0.0.0), ORIGIN, or
// HOST_HEADER / PROTOCOL_HEADER / PORT_HEADER behind a proxy — see docs/deployment.md.
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bodyGate, gateOptions } from './body-gate.js';
import { edgeHeaders, HOST_HEADER, PROTO_HEADER, originRule } from './edge.js';
import { proxyWarning } from './proxy-warning.js';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '0.0.0.0';
const origin = originRule(env);
const bodies = bodyGate(gateOptions(env));
const noteProxy = proxyWarning(env, console.warn);

// adapter-node builds `url.origin` from the headers these name; `handle` below sets them from
// configuration on every request, replacing whatever a client sent under those names.
env.PROTOCOL_HEADER = PROTO_HEADER;
env.HOST_HEADER = HOST_HEADER;
env.PORT_HEADER = '';
// The app refuses bodies over its own limit (5 MB, limits.ts) with its own 413; adapter-node's
// default of 512 KB would cut them off first, as a 500.
env.BODY_SIZE_LIMIT ??= '5M';

const { handler } = await import(pathToFileURL(join(process.cwd(), 'build/handler.js')).href);

/** @type {http.RequestListener} */
function handle(req, res) {
	noteProxy(req.headers);
	const chosen = origin(req.headers);
	if ('error' in chosen) {
		res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`Bad request: ${chosen.error}`);
		return;
	}
	req.headers[PROTO_HEADER] = chosen.proto;
	req.headers[HOST_HEADER] = chosen.host;
	for (const [name, value] of Object.entries(edgeHeaders(req.url ?? '/'))) res.setHeader(name, value);
	if (!bodies.admit(req, res)) return;
	handler(req, res, () => res.writeHead(404).end());
}

// A request must have come whole within 60 s (its headers within 20 s), not Node's 300 s, checked
// every 5 s: a slow body holds its place in the body gate, and memory, until then. An idle
// connection is kept 15 s, not Node's 5: a client sending on one just as the server closes it gets
// ECONNRESET (a test journey did, after a 5 s conversion), and a proxy in front keeps its own
// connections open longer than 5 s.
const server = http.createServer(
	{
		requestTimeout: 60_000,
		headersTimeout: 20_000,
		keepAliveTimeout: 15_000,
		connectionsCheckingInterval: 5_000
	},
	handle
);
server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	const bound = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	console.log(`Tiaokuai is running at http://${shown}:${bound}/`);
});

/** Stops listening at once, lets requests in flight finish (10 s at most), then exits. */
function stop() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 10_000).unref();
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
