import { describe, expect, it } from 'vitest';
import { ByteQueue } from './byte-queue.js';

/** A queue holding 0, 1, 2, … 9, in pieces of these sizes. */
function queue(sizes: number[]): ByteQueue {
	const q = new ByteQueue();
	let at = 0;
	for (const size of sizes) {
		q.push(Uint8Array.from({ length: size }, (_, i) => at + i));
		at += size;
	}
	return q;
}

describe('ByteQueue', () => {
	it.each([[[10]], [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]], [[3, 0, 4, 3]], [[7, 2, 1]]])(
		'reads the same bytes whatever pieces %j they came in',
		(sizes) => {
			const q = queue(sizes);
			expect(q.length).toBe(10);
			expect(q.u32(1)).toBe(0x04030201);
			expect([...q.peek(3)!]).toEqual([0, 1, 2]);
			expect([...new Uint8Array(q.take(2)!)]).toEqual([0, 1]);
			expect(q.u32(0)).toBe(0x05040302);
			expect([...new Uint8Array(q.take(5)!)]).toEqual([2, 3, 4, 5, 6]);
			expect(q.length).toBe(3);
			expect(q.u32(0)).toBeNull();
			expect(q.take(4)).toBeNull();
			expect([...new Uint8Array(q.take(3)!)]).toEqual([7, 8, 9]);
			expect(q.length).toBe(0);
		}
	);

	it('reads a u32 as unsigned, past 2^31', () => {
		const q = new ByteQueue();
		for (const b of [0xff, 0xff, 0xff, 0xff]) q.push(Uint8Array.of(b));
		expect(q.u32(0)).toBe(0xffffffff);
	});
});
