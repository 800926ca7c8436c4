import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.js';

const answer = (bytes: number, status = 200) => ({
	status,
	headers: { 'content-type': 'application/json', 'content-length': String(bytes) },
	body: new Uint8Array(bytes).map((_, i) => i % 7)
});
const plain = new Request('http://x/');
const gzipping = new Request('http://x/', { headers: { 'accept-encoding': 'gzip, deflate' } });

/** A cache's response for `key`, and whether it had to produce the answer. */
async function ask(cache: AnswerCache, key: string, bytes = 40, request = plain) {
	let produced = false;
	const response = await cache.response(key, request, async () => {
		produced = true;
		return answer(bytes);
	});
	return { response, produced };
}

describe('AnswerCache', () => {
	it('keeps answers while they fit, dropping the oldest first', async () => {
		const cache = new AnswerCache(100);
		await ask(cache, 'a');
		await ask(cache, 'b');
		expect((await ask(cache, 'a')).produced).toBe(false);
		await ask(cache, 'c');
		// 'a' was kept first (asking for it again does not renew it): it goes.
		expect((await ask(cache, 'b')).produced).toBe(false);
		expect((await ask(cache, 'a')).produced).toBe(true);
	});

	it('never keeps an answer larger than the bound, nor a refusal', async () => {
		const cache = new AnswerCache(100);
		expect((await ask(cache, 'big', 101)).response.status).toBe(200);
		expect((await ask(cache, 'big', 101)).produced).toBe(true);
		const refusal = () => cache.response('bad', plain, async () => answer(10, 404));
		expect((await refusal()).status).toBe(404);
		let again = false;
		await cache.response('bad', plain, async () => ((again = true), answer(10, 404)));
		expect(again).toBe(true);
	});

	it('sends a kept answer gzipped to a client that takes gzip, as it is to one that does not', async () => {
		const cache = new AnswerCache(10_000);
		const first = await ask(cache, 'a', 5000, gzipping);
		expect(first.response.headers.get('content-encoding')).toBe('gzip');
		expect(first.response.headers.get('vary')).toBe('Accept-Encoding');
		expect(first.response.headers.get('content-length')).toBeNull();
		const zipped = new Uint8Array(await first.response.arrayBuffer());
		expect(zipped.byteLength).toBeLessThan(5000);
		expect([...gunzipSync(zipped)]).toEqual([...answer(5000).body]);
		const again = await ask(cache, 'a', 5000, gzipping);
		expect(again.produced).toBe(false);
		expect(new Uint8Array(await again.response.arrayBuffer())).toEqual(zipped);
		const unzipped = (await ask(cache, 'a', 5000)).response;
		expect(unzipped.headers.get('content-encoding')).toBeNull();
		expect(new Uint8Array(await unzipped.arrayBuffer())).toEqual(answer(5000).body);
	});
});
