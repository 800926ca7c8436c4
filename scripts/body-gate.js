// What the server lets into memory before SvelteKit reads a request's body: the app reads a body
// whole (5 MB at most) before any per-client task limit applies, so 600 connections each sending
// a body short by one byte held 2 GB and starved every other request. The gate bounds the bodies
// being received or handled, in all and per client, and how long a body may stall.

/**
 * The app's own body limit (limits.bodyBytes in limits.ts, which body-gate-limit.test.ts holds it
 * to); a body without a declared length is counted at it.
 */
export const BODY_LIMIT_BYTES = 5 * 2 ** 20;

/**
 * @typedef {object} GateOptions
 * @property {number} totalBytes Most bytes of bodies (declared, or the limit when chunked) in flight at once.
 * @property {number} perClient Most bodies of one client in flight at once.
 * @property {number} idleMs A body that sends nothing this long is answered 408 and its connection closed.
 * @property {(req: import('node:http').IncomingMessage) => string} clientOf The client's address.
 */

/**
 * Gate options from the environment: 64 MB of bodies in all (TIAOKUAI_BODY_BUDGET_MB), 4 bodies
 * a client (TIAOKUAI_BODIES_PER_CLIENT), 30 s without a byte (TIAOKUAI_BODY_IDLE_MS); clients
 * by adapter-node's ADDRESS_HEADER / XFF_DEPTH when set, as the app's per-client limits count them.
 * @param {Record<string, string | undefined>} env
 * @returns {GateOptions}
 */
export function gateOptions(env) {
	return {
		totalBytes: (Number(env.TIAOKUAI_BODY_BUDGET_MB) || 64) * 2 ** 20,
		perClient: Number(env.TIAOKUAI_BODIES_PER_CLIENT) || 4,
		idleMs: Number(env.TIAOKUAI_BODY_IDLE_MS) || 30_000,
		clientOf: clientRule(env)
	};
}

/**
 * The client's address as adapter-node's `getClientAddress` gives it: the socket's, or the one
 * `ADDRESS_HEADER` names (for `x-forwarded-for`, the `XFF_DEPTH`-th from the right).
 * @param {Record<string, string | undefined>} env
 * @returns {(req: import('node:http').IncomingMessage) => string}
 */
function clientRule(env) {
	const header = env.ADDRESS_HEADER?.toLowerCase();
	const depth = Number(env.XFF_DEPTH ?? 1);
	return (req) => {
		const value = header && req.headers[header];
		if (typeof value !== 'string') return req.socket.remoteAddress ?? '';
		if (header !== 'x-forwarded-for') return value.trim();
		const hops = value.split(',').map((s) => s.trim());
		return hops[hops.length - depth] ?? hops[0];
	};
}

/**
 * A gate for request bodies: `admit(req, res)` counts a request's body until its response has
 * closed and returns true, or answers it at once — `503 server_busy` when the bodies in flight
 * would pass `totalBytes`, `429 too_many_bodies` past the client's `perClient` — and returns
 * false. A body that stalls `idleMs` is answered `408 body_timeout` and its connection closed.
 * @param {GateOptions} options
 */
export function bodyGate({ totalBytes, perClient, idleMs, clientOf }) {
	let inFlight = 0;
	/** @type {Map<string, number>} */
	const perAddress = new Map();

	/**
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 */
	function admit(req, res) {
		const bytes = bodyBytes(req);
		if (bytes === 0) return true;
		const client = clientOf(req);
		const mine = perAddress.get(client) ?? 0;
		if (mine >= perClient) return refuse(res, 429, tooMany(perClient));
		if (inFlight + bytes > totalBytes) return refuse(res, 503, BUSY);
		inFlight += bytes;
		perAddress.set(client, mine + 1);
		res.once('close', () => {
			inFlight -= bytes;
			const left = (perAddress.get(client) ?? 1) - 1;
			if (left > 0) perAddress.set(client, left);
			else perAddress.delete(client);
		});
		watchStall(req, res, idleMs);
		return true;
	}

	return { admit, load: () => ({ bytes: inFlight, clients: perAddress.size }) };
}

/**
 * What a request's body may hold: its declared length, up to the limit (the app refuses a
 * larger one before reading it), or the limit when it is sent in chunks.
 * @param {import('node:http').IncomingMessage} req
 */
function bodyBytes(req) {
	const declared = req.headers['content-length'];
	if (declared !== undefined) return Math.min(Number(declared) || 0, BODY_LIMIT_BYTES);
	return req.headers['transfer-encoding'] ? BODY_LIMIT_BYTES : 0;
}

const RETRY_SECONDS = 5;
const BUSY = {
	code: 'server_busy',
	zh: `服务器正在接收太多数据，请 ${RETRY_SECONDS} 秒后再试。`,
	en: `The server is receiving too much data; try again in ${RETRY_SECONDS} s.`
};
/** @param {number} n */
const tooMany = (n) => ({
	code: 'too_many_bodies',
	zh: `你已有 ${n} 个请求正在上传，请 ${RETRY_SECONDS} 秒后再试。`,
	en: `You already have ${n} requests sending data; try again in ${RETRY_SECONDS} s.`
});

/**
 * Answers a refused request with the API's error shape and closes its connection after the
 * answer: the body it was sending is discarded, never kept.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {{ code: string, zh: string, en: string }} why
 * @returns {false}
 */
function refuse(res, status, { code, zh, en }) {
	const body = JSON.stringify({
		error: { code, message: en, text: { zh, en }, retryAfterSeconds: RETRY_SECONDS }
	});
	res.writeHead(status, {
		'content-type': 'application/json',
		'retry-after': String(RETRY_SECONDS),
		connection: 'close'
	});
	res.end(body);
	// Node discards the rest of the body as it arrives; a moment after the answer, long enough for
	// the client to read it, the connection is closed so a client cannot go on sending.
	const socket = res.socket;
	res.once('finish', () => setTimeout(() => socket?.destroy(), 1000).unref());
	return false;
}

/**
 * Closes the connection of a body that sends nothing for `idleMs`, after a 408 in the API's
 * shape written straight to the socket (as Node answers its own request timeout) when nothing
 * was answered yet: the app may be waiting on the body, and its answer then goes nowhere.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} idleMs
 */
function watchStall(req, res, idleMs) {
	const s = Math.round(idleMs / 1000);
	const text = {
		zh: `请求体 ${s} 秒没有收到数据，连接已关闭。`,
		en: `The body sent nothing for ${s} s; the connection was closed.`
	};
	const body = JSON.stringify({ error: { code: 'body_timeout', message: text.en, text } });
	// On the request, not the socket: the server destroys a socket whose timeout nobody answers.
	req.setTimeout(idleMs, () => {
		const socket = req.socket;
		if (res.headersSent) return socket.destroy();
		socket.end(
			'HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n' +
				`content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
			() => socket.destroy()
		);
	});
	// Once the body is in, the connection's own timeouts (keep-alive) apply again.
	req.once('end', () => req.setTimeout(0));
}
