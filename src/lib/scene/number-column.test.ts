import { describe, expect, it } from 'vitest';
import { NumberColumn } from './number-column.js';

describe('NumberColumn', () => {
	it('keeps every number written past its first capacity, in order, in an array of its exact length', () => {
		const column = new NumberColumn(Float64Array, 4);
		const written: number[] = [];
		for (let i = 0; i < 50; i++) {
			column.push(i / 3);
			column.pushRange([i, -i, 0.5], 0, 3);
			written.push(i / 3, i, -i, 0.5);
		}
		const done = column.finish();
		expect(done).toBeInstanceOf(Float64Array);
		expect(column.length).toBe(written.length);
		expect([...done]).toEqual(written);
	});

	it('gives an empty array when nothing was written', () => {
		expect(new NumberColumn(Uint16Array).finish()).toEqual(new Uint16Array(0));
	});
});
