import { request } from 'node:http';

/** A raw exchange, for what Playwright's client will not send: a forged Host, a chunked body, a source address. */
export interface RawRequest {
	port: number;
	path: string;
	method?: string;
	headers?: Record<string, string>;
	/** Sent in one piece, or chunk by chunk (no Content-Length) when an array. */
	body?: Buffer | Buffer[];
	/** The client's own address: any of 127.0.0.0/8 reaches the server as a different client. */
	localAddress?: string;
}

export interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
	ms: number;
}

/** Sends one request to 127.0.0.1 on a fresh connection and reads the whole answer. */
export function rawRequest(r: RawRequest): Promise<RawResponse> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port: r.port,
				path: r.path,
				method: r.method ?? 'GET',
				headers: {
					...(Buffer.isBuffer(r.body) ? { 'content-length': String(r.body.length) } : {}),
					...r.headers
				},
				localAddress: r.localAddress,
				agent: false,
				setHost: !r.headers?.host
			},
			(res) => {
				const parts: Buffer[] = [];
				res.on('data', (d: Buffer) => parts.push(d));
				res.on('end', () =>
					resolve({
						status: res.statusCode!,
						headers: res.headers,
						body: Buffer.concat(parts),
						ms: performance.now() - started
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		if (Array.isArray(r.body)) for (const part of r.body) req.write(part);
		else if (r.body) req.write(r.body);
		req.end();
	});
}
