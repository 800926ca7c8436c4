import { describe, expect, it, vi } from 'vitest';
import { ApiError, handleApi } from './api-error.js';
import { parseJson, readBody } from './read-body.js';

/** A request whose body stream fails as adapter-node's does past its BODY_SIZE_LIMIT. */
function cutOffRequest(message: string): Request {
	return failingRequest(Object.assign(new Error(message), { status: 413, text: 'Payload Too Large' }));
}

/** A request whose body stream fails with `error`. */
function failingRequest(error: Error): Request {
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			controller.error(error);
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

/**
 * A request of `pieces` × 1 MB, declared unless `chunked`, whose stream takes each piece back (detaches it) when
 * the next is asked for, not before (no piece is queued ahead): what the reader still holds of
 * an earlier piece is then empty.
 */
function takenBackRequest(pieces: number, chunked = false): Request {
	let sent = 0;
	let last: Uint8Array | undefined;
	const body = new ReadableStream<Uint8Array>(
		{
			pull(controller) {
				if (last) structuredClone(last.buffer, { transfer: [last.buffer] });
				if (sent === pieces) return controller.close();
				last = new Uint8Array(2 ** 20).fill(++sent);
				controller.enqueue(last);
			}
		},
		{ highWaterMark: 0 }
	);
	const headers: Record<string, string> = chunked ? {} : { 'content-length': String(pieces * 2 ** 20) };
	return new Request('http://localhost/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readBody of a declared length', () => {
	it('copies each piece as it comes, keeping none of them to the end', async () => {
		// Kept and joined at the end, the pieces held a body twice over; here the joining would
		// find them taken back and the body would come out empty.
		const bytes = await readBody(takenBackRequest(5), 5 * 2 ** 20);
		expect(bytes.byteLength).toBe(5 * 2 ** 20);
		expect(bytes.buffer.byteLength).toBe(5 * 2 ** 20);
		expect([0, 1, 2, 3, 4].map((i) => bytes[i * 2 ** 20 + 7])).toEqual([1, 2, 3, 4, 5]);
	});

	it('still reads a body longer or shorter than it declared', async () => {
		const body = new Uint8Array([1, 2, 3, 4, 5, 6]);
		const request = (length: number) =>
			new Request('http://localhost/', {
				method: 'POST',
				body,
				headers: { 'content-length': String(length) }
			});
		expect([...(await readBody(request(4), 100))]).toEqual([1, 2, 3, 4, 5, 6]);
		expect([...(await readBody(request(9), 100))]).toEqual([1, 2, 3, 4, 5, 6]);
	});
});

describe('readBody of a body in chunks', () => {
	it('copies each piece as it comes into one buffer, keeping none of them to the end', async () => {
		// Kept and joined at the end, the pieces held a body twice over; here the joining would
		// find them taken back and the body would come out empty.
		const bytes = await readBody(takenBackRequest(3, true), 5 * 2 ** 20);
		expect(bytes.byteLength).toBe(3 * 2 ** 20);
		expect([0, 1, 2].map((i) => bytes[i * 2 ** 20 + 7])).toEqual([1, 2, 3]);
	});

	it('refuses the piece that passes the limit before keeping it', async () => {
		const set = Uint8Array.prototype.set;
		const copied: number[] = [];
		const copies = vi.spyOn(Uint8Array.prototype, 'set').mockImplementation(function (
			this: Uint8Array,
			piece: ArrayLike<number>,
			at?: number
		) {
			copied.push(piece.length);
			set.call(this, piece, at);
		});
		try {
			await expect(readBody(takenBackRequest(3, true), 2.5 * 2 ** 20)).rejects.toMatchObject({ status: 413 });
		} finally {
			copies.mockRestore();
		}
		// The two pieces within the limit were copied in as they came; the third was not kept.
		expect(copied).toEqual([2 ** 20, 2 ** 20]);
	});
});

describe('a client closing its connection mid-upload', () => {
	it('is answered 499 to nobody and not logged as a failure of the server', async () => {
		// adapter-node's body stream fails so when the socket closes; each had logged a 7-line stack.
		const reset = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const res = await handleApi(() =>
				readBody(failingRequest(reset), 5 * 2 ** 20).then(() => new Response())
			);
			expect(res.status).toBe(499);
			expect((await res.json()).error.code).toBe('client_closed');
			expect(logged).not.toHaveBeenCalled();
		} finally {
			logged.mockRestore();
		}
	});
});

describe('parseJson', () => {
	it('refuses a body that is not UTF-8 with a 400 at the line and byte of the first bad sequence', () => {
		// Decoded leniently, the bytes had been stored as U+FFFD.
		const body = new Uint8Array([...new TextEncoder().encode('{\n"a": "'), 0xd6, 0xd0, 0x22, 0x7d]);
		const e = (() => {
			try {
				return parseJson(body);
			} catch (x) {
				return x;
			}
		})() as ApiError;
		expect([e.status, e.code, e.extra.line, e.extra.byte]).toEqual([400, 'invalid_json', 2, 8]);
		expect(e.message).toBe(
			'The body is not valid JSON. Line 2 (byte 8, 0xD6) is not UTF-8, and JSON must be UTF-8 (RFC 8259); save it as UTF-8.'
		);
		expect(e.extra.text.zh).toMatch(/^发送的数据不是有效的 JSON。第 2 行（第 8 字节，0xD6）/);
		expect(e.extra.problems?.[0]).toMatchObject({ path: 'body', line: 2, field: 'byte 8' });
	});
});
