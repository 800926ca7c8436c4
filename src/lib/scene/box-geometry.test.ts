import { describe, expect, it } from 'vitest';
import type { Box } from './types.js';
import { cornerBox, overlaps, union, within } from './box-geometry.js';

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });
const unit = box(0, 0, 10, 10);

describe('cornerBox(node)', () => {
	it('moves a node’s centre to its box’s top-left corner', () => {
		expect(cornerBox({ x: 50, y: 20, width: 100, height: 40 })).toEqual(box(0, 0, 100, 40));
	});
});

describe('overlaps(a, b)', () => {
	it.each([
		['one box inside the other', box(2, 2, 3, 3), true],
		['crossing a corner', box(8, 8, 5, 5), true],
		['touching an edge only', box(10, 0, 5, 5), false],
		['touching a corner only', box(-5, -5, 5, 5), false],
		['apart across', box(20, 0, 5, 5), false],
		['apart down', box(0, 20, 5, 5), false]
	])('%s: %s', (_, other, expected) => {
		expect(overlaps(unit, other)).toBe(expected);
		expect(overlaps(other, unit)).toBe(expected);
	});
});

describe('within(a, b)', () => {
	it.each([
		['inside', box(2, 2, 3, 3), true],
		['the same box', unit, true],
		['flush with an edge', box(5, 0, 5, 10), true],
		['out past the right edge', box(6, 0, 5, 5), false],
		['out past the top', box(0, -1, 5, 5), false]
	])('%s: %s', (_, inner, expected) => {
		expect(within(inner, unit)).toBe(expected);
	});
});

describe('union(a, b)', () => {
	it('is the smallest box around both, whichever comes first', () => {
		const other = box(20, 5, 10, 10);
		expect(union(unit, other)).toEqual(box(0, 0, 30, 15));
		expect(union(other, unit)).toEqual(box(0, 0, 30, 15));
		expect(union(unit, box(2, 2, 3, 3))).toEqual(unit);
	});

	it('leaves out an empty box, as a page without a legend is framed on its drawing alone', () => {
		expect(union(unit, box(100, 100, 0, 0))).toEqual(unit);
		expect(union(box(-50, -50, 0, 0), unit)).toEqual(unit);
		// A line has no area but a length: it counts.
		expect(union(unit, box(0, 20, 10, 0))).toEqual(box(0, 0, 10, 20));
	});
});
