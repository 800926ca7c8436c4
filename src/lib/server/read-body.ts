import { ApiError } from './api-error.js';
import { limits } from '#lib/model/limits.js';
import { parseJsonBody } from './json-body.js';
import { decodeUtf8 } from '#lib/io/decode-text.js';
import { ReadError } from '#lib/io/read-error.js';

/**
 * The request body as bytes, refusing with 413 as soon as it passes `maxBytes` — before reading it
 * when the client declared its length, while streaming otherwise, before keeping the piece that
 * passes it. Each piece is copied as it comes into one buffer: of the declared length, or grown
 * to the bytes so far (a resizable buffer, up to `maxBytes`) without one or past it. Kept until
 * the end and then joined, the pieces had held a body twice over as it was finished (150 slow
 * uploads: the bodies in flight, which the server's body gate counts once, plus their copies).
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
	const declared = Number(request.headers.get('content-length') ?? NaN);
	if (declared > maxBytes) throw tooLarge(maxBytes);
	if (!request.body) return new Uint8Array(0);
	const sized = Number.isSafeInteger(declared) && declared >= 0;
	let buffer = sized ? new ArrayBuffer(declared) : new ArrayBuffer(0, { maxByteLength: maxBytes });
	let size = 0;
	const reader = request.body.getReader();
	for (;;) {
		const { done, value } = await reader.read().catch((e: unknown) => {
			throw cutOff(e) ?? closed(e) ?? e;
		});
		if (done) break;
		const end = size + value.byteLength;
		if (end > maxBytes) {
			await reader.cancel();
			throw tooLarge(maxBytes);
		}
		if (end > buffer.byteLength) buffer = grown(buffer, size, end, maxBytes);
		new Uint8Array(buffer).set(value, size);
		size = end;
	}
	return size === buffer.byteLength ? new Uint8Array(buffer) : new Uint8Array(buffer).slice(0, size);
}

/**
 * `buffer` made `end` bytes long, its first `size` kept: resized in place when it is resizable,
 * else (a body longer than it declared) copied once into a resizable one of at most `maxBytes`.
 */
function grown(buffer: ArrayBuffer, size: number, end: number, maxBytes: number): ArrayBuffer {
	if (buffer.resizable) {
		buffer.resize(end);
		return buffer;
	}
	const out = new ArrayBuffer(end, { maxByteLength: maxBytes });
	new Uint8Array(out).set(new Uint8Array(buffer, 0, size));
	return out;
}

/** The request body parsed as JSON, with 413 for too large and a located 400 for malformed bodies. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
	return parseJson(await readBody(request, maxBytes));
}

/**
 * A body's bytes parsed as JSON, with a located 400 for malformed or too deeply nested ones, and
 * for bytes that are not UTF-8 (RFC 8259), at their line and byte: decoded leniently, they had
 * been stored as U+FFFD.
 */
export function parseJson(bytes: Uint8Array): unknown {
	let text: string;
	try {
		text = decodeUtf8(bytes);
	} catch (e) {
		if (!(e instanceof ReadError)) throw e;
		const { row: line, byte } = e.place;
		const en = `The body is not valid JSON. ${e.text.en}`;
		throw new ApiError(400, 'invalid_json', en, {
			text: { zh: `发送的数据不是有效的 JSON。${e.text.zh}`, en },
			line,
			byte,
			problems: [{ path: 'body', message: e.text.en, text: e.text, line, field: `byte ${byte}` }]
		});
	}
	return parseJsonBody(text);
}

/**
 * The refusal of a body over `maxBytes`, with the limit in both languages.
 * @example tooLarge(5 * 2 ** 20).message // 'The body is larger than 5 MB.'
 */
export function tooLarge(maxBytes: number): ApiError {
	const mb = `${Math.round((maxBytes / 2 ** 20) * 10) / 10} MB`;
	return new ApiError(413, 'body_too_large', `The body is larger than ${mb}.`, {
		limitBytes: maxBytes,
		text: { zh: `请求体超过了 ${mb} 的上限。`, en: `The body is larger than ${mb}.` }
	});
}

/**
 * A body cut short because its client closed the connection (adapter-node's stream fails with
 * `Error: aborted`, code `ECONNRESET`) as the request's abort, which the API answers to nobody and
 * does not log: each such upload had logged a stack trace as the server's failure.
 */
function closed(e: unknown): DOMException | undefined {
	if ((e as { code?: unknown } | null)?.code !== 'ECONNRESET') return undefined;
	return new DOMException('The client closed the connection before the body was read.', 'AbortError');
}

/**
 * The server's own refusal of a body (adapter-node's `BODY_SIZE_LIMIT`, set apart from ours) as
 * the API's 413 with the limit it names, rather than a failure of the handler; undefined for
 * any other error.
 */
function cutOff(e: unknown): ApiError | undefined {
	if (typeof e !== 'object' || e === null || (e as { status?: unknown }).status !== 413) return undefined;
	const limit = /(?:limit of|BODY_SIZE_LIMIT of) (\d+)/.exec(String((e as Error).message));
	return tooLarge(limit ? Number(limit[1]) : limits.bodyBytes);
}
