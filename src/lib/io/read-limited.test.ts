import { describe, expect, it } from 'vitest';
import { ERROR_BODY_LIMITS, readLimited } from './read-limited.js';
import { endlessError } from './__fixtures__/endless-error.js';
import { loadRemoteDataset } from './remote-dataset.js';

/** A response sending `chunk` forever, or once and then nothing (`stall`). */
function endless(chunk: Uint8Array, stall = false): Response {
	let sent = false;
	return new Response(
		new ReadableStream<Uint8Array>({
			pull(controller) {
				if (stall && sent) return new Promise(() => {});
				sent = true;
				controller.enqueue(chunk.slice());
			}
		})
	);
}

const limits = { bytes: 10_000, idleMs: 50 };

describe('readLimited', () => {
	it('reads a body within the limits whole', async () => {
		const read = await readLimited(new Response('{"a": 1}'), limits);
		expect('bytes' in read && new TextDecoder().decode(read.bytes)).toBe('{"a": 1}');
	});

	it('stops a body without end past the limit, and cancels it', async () => {
		expect(await readLimited(endless(new Uint8Array(1000)), limits)).toEqual({ tooLarge: true });
	});

	it('refuses a body declared larger than the limit without reading it', async () => {
		const declared = new Response('x', { headers: { 'content-length': '20000' } });
		expect(await readLimited(declared, limits)).toEqual({ tooLarge: true });
	});

	it('stops a body that sends nothing for the idle time', async () => {
		expect(await readLimited(endless(new Uint8Array(10), true), limits)).toEqual({ stalled: true });
	});
});

describe('a ?src= download past the limit', () => {
	it('says so, naming the address and the limit', async () => {
		const huge = async () => new Response('x', { headers: { 'content-length': String(2 ** 30) } });
		const result = await loadRemoteDataset('https://example.org/huge.json', huge);
		expect(result).toEqual({
			ok: false,
			error: {
				zh: 'https://example.org/huge.json 的内容超过了 512 MB 的上限，已停止下载。',
				en: 'https://example.org/huge.json sent more than the 512 MB limit; the download was stopped.'
			}
		});
	});

	// Read whole before its first 2,000 characters were kept, a 500 without end had filled the tab.
	it("reads no more of a failed download's body than its limit, and then says only the status", async () => {
		const { response, pulled } = endlessError();
		const result = await loadRemoteDataset('https://example.org/a.json', async () => response);
		expect(result).toMatchObject({
			ok: false,
			error: { en: expect.stringMatching(/^\S+ answered HTTP 500\.$/) }
		});
		expect(pulled()).toBeLessThanOrEqual(ERROR_BODY_LIMITS.bytes + 2 * 16 * 2 ** 10);
	});
});
