import { describe, expect, it } from 'vitest';
import { releasedWhenSent } from './task-runner.js';

/** A release that counts its calls. */
function counted() {
	const calls = { n: 0 };
	return { calls, release: () => calls.n++ };
}

describe('releasedWhenSent(response, release)', () => {
	it('releases once the body has been read to its end, not before, and passes it on whole', async () => {
		const { calls, release } = counted();
		const sent = releasedWhenSent(new Response(new Uint8Array([1, 2, 3]), { status: 201 }), release);
		expect(calls.n).toBe(0);
		expect(sent.status).toBe(201);
		expect([...new Uint8Array(await sent.arrayBuffer())]).toEqual([1, 2, 3]);
		expect(calls.n).toBe(1);
	});

	it('releases when the reader goes away before the end', async () => {
		const { calls, release } = counted();
		const sent = releasedWhenSent(new Response('a long answer'), release);
		await sent.body!.cancel('connection closed');
		expect(calls.n).toBe(1);
	});

	it('releases at once for an answer without a body', () => {
		const { calls, release } = counted();
		releasedWhenSent(new Response(null, { status: 304 }), release);
		expect(calls.n).toBe(1);
	});
});
