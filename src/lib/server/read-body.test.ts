import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { readBody } from './read-body.js';

/** A request whose body stream fails as adapter-node's does past its BODY_SIZE_LIMIT. */
function cutOffRequest(message: string): Request {
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			controller.error(Object.assign(new Error(message), { status: 413, text: 'Payload Too Large' }));
		}
	});
	return new Request('http://localhost/api/charts', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readBody', () => {
	it('answers the server cutting a body off as the API 413, with its limit in both languages', async () => {
		const e = await readBody(
			cutOffRequest('request body size exceeded BODY_SIZE_LIMIT of 524288'),
			5 * 2 ** 20
		).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(ApiError);
		const refusal = e as ApiError;
		expect([refusal.status, refusal.code, refusal.extra.limitBytes]).toEqual([413, 'body_too_large', 524288]);
		expect(refusal.extra.text).toEqual({
			zh: '请求体超过了 0.5 MB 的上限。',
			en: 'The body is larger than 0.5 MB.'
		});
	});

	it('says the app limit in both languages when a body passes it', async () => {
		const big = new Uint8Array(2 ** 20 + 1);
		const e = (await readBody(new Request('http://localhost/', { method: 'POST', body: big }), 2 ** 20).catch(
			(x: unknown) => x
		)) as ApiError;
		expect(e.status).toBe(413);
		expect(e.extra.text).toEqual({ zh: '请求体超过了 1 MB 的上限。', en: 'The body is larger than 1 MB.' });
	});
});
