// firstEarlierOverlaps(): for each interval, the first earlier one of another group sharing a
// date with it. Checked against the pairwise comparison the backbone check made before, and its
// work counted against its bound of 9 (log2(d + 1) + 3) steps per interval (not timed).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intersectValidity } from './dates.js';
import { firstEarlierOverlaps, type DateInterval } from './earlier-overlaps.js';
import type { Work } from './patterns-in-text.js';

/** The answer by comparing every pair, as checkSingleParent did: O(d²). */
function pairwise(intervals: readonly DateInterval[], groups: readonly number[]): number[] {
	return intervals.map((b, j) => {
		for (let i = 0; i < j; i++) if (groups[i] !== groups[j] && intersectValidity([intervals[i], b])) return i;
		return -1;
	});
}

/** The bound on the steps for d intervals. */
const bound = (d: number) => 9 * d * (Math.log2(d + 1) + 3);

/** firstEarlierOverlaps' answer as a list, checked against the pairwise one and the bound. */
function checked(intervals: readonly DateInterval[], groups: readonly number[]): number[] {
	const work: Work = { steps: 0 };
	const found = [...firstEarlierOverlaps(intervals, groups, work)];
	expect(found).toEqual(pairwise(intervals, groups));
	expect(work.steps).toBeLessThanOrEqual(bound(intervals.length));
	return found;
}

describe('firstEarlierOverlaps(intervals, groups)', () => {
	it('names the first earlier interval of another group sharing a date', () => {
		const intervals = [{ to: '2018-03-21' }, { from: '2017-01-01' }, { from: '2019-01-01' }, {}];
		expect(checked(intervals, [0, 1, 2, 3])).toEqual([-1, 0, 1, 0]);
	});

	it('does not count intervals that only touch: "to" is exclusive', () => {
		const intervals = [
			{ to: '2018-03-21' },
			{ from: '2018-03-21' },
			{ from: '2018-03-20', to: '2018-03-21' }
		];
		expect(checked(intervals, [0, 1, 2])).toEqual([-1, -1, 0]);
	});

	it('skips intervals of the same group, however they overlap', () => {
		const intervals = [{}, {}, { from: '2001-01-01' }, {}];
		expect(checked(intervals, [7, 7, 7, 8])).toEqual([-1, -1, -1, 0]);
		// The earliest overlapping interval is of j's group; the next one is not.
		expect(checked(intervals, [8, 7, 8, 8])).toEqual([-1, 0, 1, 1]);
	});

	it('lets an empty interval share no date', () => {
		const intervals = [
			{ from: '2002-01-01', to: '2002-01-01' },
			{},
			{ from: '2003-01-01', to: '2001-01-01' }
		];
		expect(checked(intervals, [0, 1, 2])).toEqual([-1, -1, -1]);
	});

	it('agrees with the pairwise comparison on any intervals and groups', () => {
		const date = fc.option(
			fc.constantFrom('2000-01-01', '2001-01-01', '2002-01-01', '2003-01-01', '2004-01-01'),
			{
				nil: undefined
			}
		);
		const interval = fc.record({ from: date, to: date }, { requiredKeys: [] });
		fc.assert(
			fc.property(fc.array(fc.tuple(interval, fc.nat(3)), { maxLength: 40 }), (rows) => {
				checked(
					rows.map(([i]) => i),
					rows.map(([, g]) => g)
				);
			}),
			{ numRuns: 500 }
		);
	});

	it('answers 20,000 parent relations in steps of d log d, not the 200 million pairs', () => {
		// Two parents taking turns, each relation a day of its own, then one holding throughout.
		const day = (k: number) => new Date(Date.UTC(1900, 0, 1 + k)).toISOString().slice(0, 10);
		const d = 20_000;
		const intervals: DateInterval[] = Array.from({ length: d }, (_, k) => ({ from: day(k), to: day(k + 1) }));
		intervals.push({});
		const groups = intervals.map((_, k) => k % 2);
		const work: Work = { steps: 0 };
		const found = firstEarlierOverlaps(intervals, groups, work);
		expect([...found.subarray(0, d)].every((i) => i === -1)).toBe(true);
		expect(found[d]).toBe(1);
		expect(work.steps).toBeLessThanOrEqual(bound(d + 1));
		expect(work.steps).toBeLessThan(d * d);
	});
});
