import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.js';
import { ApiError } from './api-error.js';

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
	it('counts each copy being sent as one of its client’s tasks until it has been read, refusing one past them', async () => {
		const cache = new AnswerCache(1000);
		let sending = 0;
		const admit = () => {
			if (sending >= 1) throw new ApiError(429, 'too_many_tasks', 'busy');
			sending++;
			return () => sending--;
		};
		const produce = async () => answer(40);
		const first = await cache.response('a', plain, produce, admit);
		expect(sending).toBe(1);
		// A second copy for the same client while the first is still unsent: refused.
		await expect(cache.response('a', plain, produce, admit)).rejects.toMatchObject({ status: 429 });
		expect((await first.arrayBuffer()).byteLength).toBe(40);
		expect(sending).toBe(0);
		expect(
			(await (await cache.response('a', gzipping, produce, admit)).arrayBuffer()).byteLength
		).toBeGreaterThan(0);
		expect(sending).toBe(0);
	});

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

/** A production that waits until released, counting how often it was started. */
function gated(bytes = 40) {
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	const started: (AbortSignal | undefined)[] = [];
	const produce = (signal?: AbortSignal) => async () => {
		started.push(signal);
		await new Promise<void>((resolve, reject) => {
			void gate.then(resolve);
			signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
		});
		return answer(bytes);
	};
	return { produce, release, started };
}

describe('AnswerCache: one production for many readers', () => {
	it('produces an answer once for every reader who asks while it is being made', async () => {
		const cache = new AnswerCache(1000);
		const build = gated();
		const responses = [1, 2, 3].map(() => cache.response('a', plain, build.produce()));
		expect(cache.load.producing).toBe(1);
		build.release();
		const bodies = await Promise.all(
			responses.map(async (r) => [...new Uint8Array(await (await r).arrayBuffer())])
		);
		expect(build.started).toHaveLength(1);
		expect(bodies).toEqual([1, 2, 3].map(() => [...answer(40).body]));
		expect(cache.load).toMatchObject({ answers: 1, producing: 0 });
	});

	it('keeps an answer gzipped ahead of its first reader, and a reader who comes meanwhile waits for that build', async () => {
		const cache = new AnswerCache(10_000);
		const build = gated(5000);
		const ahead = cache.keep('a', build.produce());
		const early = ask(cache, 'a', 5000, gzipping);
		build.release();
		await ahead;
		expect(cache.load).toMatchObject({ answers: 1, gzipped: 1, producing: 0 });
		const first = await early;
		expect(first.produced).toBe(false);
		expect([...gunzipSync(new Uint8Array(await first.response.arrayBuffer()))]).toEqual([
			...answer(5000).body
		]);
		expect((await ask(cache, 'a', 5000, gzipping)).produced).toBe(false);
		expect(build.started).toHaveLength(1);
	});

	it('builds again for a reader still there when the reader the build was for went away while it waited', async () => {
		const cache = new AnswerCache(1000);
		const build = gated();
		const gone = new AbortController();
		const left = cache.response(
			'a',
			new Request('http://x/', { signal: gone.signal }),
			build.produce(gone.signal)
		);
		const stays = new AbortController();
		const staying = cache.response(
			'a',
			new Request('http://x/', { signal: stays.signal }),
			build.produce(stays.signal)
		);
		gone.abort(new Error('client left'));
		await expect(left).rejects.toThrow('client left');
		await expect.poll(() => build.started.length).toBe(2);
		build.release();
		expect((await staying).status).toBe(200);
		expect(cache.load).toMatchObject({ answers: 1, producing: 0 });
	});

	it('builds for a reader who joined a build that was refused for its own reader’s tasks (429), and passes on any other failure', async () => {
		const cache = new AnswerCache(1000);
		let builds = 0;
		const refused = cache.response('a', plain, async () => {
			builds++;
			await Promise.resolve();
			throw new ApiError(429, 'too_many_tasks', 'You already have 2 files being made.');
		});
		const joined = cache.response('a', plain, async () => (builds++, answer(40)));
		await expect(refused).rejects.toMatchObject({ status: 429 });
		expect((await joined).status).toBe(200);
		expect(builds).toBe(2);
		const failed = cache.response('b', plain, async () => {
			builds++;
			await Promise.resolve();
			throw new ApiError(503, 'task_timeout', 'Too long.');
		});
		const alsoFailed = cache.response('b', plain, async () => (builds++, answer(40)));
		await expect(failed).rejects.toMatchObject({ status: 503 });
		await expect(alsoFailed).rejects.toMatchObject({ status: 503 });
		expect(builds).toBe(3);
	});
});
