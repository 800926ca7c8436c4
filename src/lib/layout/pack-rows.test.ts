import { describe, expect, it } from 'vitest';
import { packRows } from './pack-rows.js';

describe('packRows(items, options)', () => {
	it('keeps a single box at the origin', () => {
		expect(packRows([{ size: 500, depth: 10 }], { target: 1, gap: 10, rowGap: 10 })).toEqual([
			{ along: 0, down: 0 }
		]);
	});

	it('stacks square boxes into the grid closest to the target ratio, in reading order', () => {
		const items = Array.from({ length: 4 }, () => ({ size: 100, depth: 100 }));
		expect(packRows(items, { target: 1, gap: 0, rowGap: 0 })).toEqual([
			{ along: 0, down: 0 },
			{ along: 100, down: 0 },
			{ along: 0, down: 100 },
			{ along: 100, down: 100 }
		]);
	});

	it('leaves flat boxes in one row when that is closest to the target', () => {
		const items = Array.from({ length: 3 }, () => ({ size: 100, depth: 200 }));
		expect(packRows(items, { target: 1.6, gap: 0, rowGap: 0 }).map((o) => o.down)).toEqual([0, 0, 0]);
	});

	it('puts each row below the deepest box of the row above, with the row gap', () => {
		const offsets = packRows(
			[
				{ size: 100, depth: 300 },
				{ size: 100, depth: 50 },
				{ size: 100, depth: 50 }
			],
			{ target: 0.6, gap: 10, rowGap: 20 }
		);
		expect(offsets[0]).toEqual({ along: 0, down: 0 });
		expect(offsets.slice(1).every((o) => o.down === 0 || o.down === 320)).toBe(true);
	});
});
