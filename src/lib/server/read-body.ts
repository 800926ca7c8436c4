import { ApiError } from './api-error.js';
import { parseJsonBody } from './json-body.js';

/**
 * The request body as bytes, refusing with 413 as soon as it passes `maxBytes` — before reading it
 * when the client declared its length, while streaming otherwise.
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
	const declared = Number(request.headers.get('content-length') ?? NaN);
	if (declared > maxBytes) throw tooLarge(maxBytes);
	if (!request.body) return new Uint8Array(0);
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = request.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			throw tooLarge(maxBytes);
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

/** The request body parsed as JSON, with 413 for too large and a located 400 for malformed bodies. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
	const bytes = await readBody(request, maxBytes);
	return parseJsonBody(new TextDecoder().decode(bytes));
}

function tooLarge(maxBytes: number): ApiError {
	return new ApiError(
		413,
		'body_too_large',
		`The body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
		{ limitBytes: maxBytes }
	);
}
