/**
 * Reading a download with limits: a `?src=` link to an endless JSON stream had filled the reader's
 * browser (8 GB in 45 s) while the page said "loading" forever. The bench's largest chart, a
 * million nodes, is 245 MB of JSON.
 */

/** How much a chart download may hold, and how long it may send nothing. */
export const DOWNLOAD_LIMITS = { bytes: 512 * 2 ** 20, idleMs: 30_000 };

/**
 * How much of a failed download's body is read for the 2,000 characters shown of it: a server
 * answering 500 with a body without end had filled the tab as the whole body was read.
 */
export const ERROR_BODY_LIMITS = { bytes: 64 * 2 ** 10, idleMs: DOWNLOAD_LIMITS.idleMs };

/** A download read whole, or why it was stopped: too large, silent too long, or broken off. */
export type LimitedRead = { bytes: ArrayBuffer } | { tooLarge: true } | { stalled: true } | { broken: true };

/**
 * The head's script reads with a plain-JS copy of this (`LIMITED_READ` in early-boot.ts): change both.
 * Reads `response`'s body to its end, or stops (cancelling it) once it passes `limits.bytes`,
 * declared or sent, or sends nothing for `limits.idleMs`.
 */
export async function readLimited(response: Response, limits = DOWNLOAD_LIMITS): Promise<LimitedRead> {
	if (Number(response.headers.get('content-length')) > limits.bytes) {
		void response.body?.cancel().catch(() => {});
		return { tooLarge: true };
	}
	const reader = response.body?.getReader();
	if (!reader) return { bytes: new ArrayBuffer(0) };
	const parts: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const silent = new Promise<'stalled'>(
			(resolve) => (timer = setTimeout(() => resolve('stalled'), limits.idleMs))
		);
		let read: ReadableStreamReadResult<Uint8Array> | 'stalled';
		try {
			read = await Promise.race([reader.read(), silent]);
		} catch {
			return { broken: true };
		} finally {
			clearTimeout(timer);
		}
		if (read === 'stalled' || (!read.done && size + read.value.byteLength > limits.bytes)) {
			void reader.cancel().catch(() => {});
			return read === 'stalled' ? { stalled: true } : { tooLarge: true };
		}
		if (read.done) break;
		parts.push(read.value);
		size += read.value.byteLength;
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.byteLength;
	}
	return { bytes: bytes.buffer };
}
