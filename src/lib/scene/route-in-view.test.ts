import { describe, expect, it } from 'vitest';
import { dashPeriod, traceRouteInView, type PathSink } from './route-in-view.js';

/** A path sink that writes down what it is told. */
function recorder() {
	const calls: [string, number, number][] = [];
	const sink: PathSink = {
		moveTo: (x, y) => calls.push(['M', x, y]),
		lineTo: (x, y) => calls.push(['L', x, y])
	};
	return { sink, calls };
}

const view = { x0: 0, y0: 0, x1: 100, y1: 100 };

describe('traceRouteInView', () => {
	it('traces a route inside the view whole', () => {
		const { sink, calls } = recorder();
		traceRouteInView(sink, [10, 10, 50, 10, 50, 90], 0, 6, view, 0);
		expect(calls).toEqual([
			['M', 10, 10],
			['L', 50, 10],
			['L', 50, 90]
		]);
	});

	it('cuts a long solid line at the edges of the view and leaves out what misses it', () => {
		const { sink, calls } = recorder();
		// From far left to far right through the view, in steps of 1,000.
		const points = [-5000, 50, -4000, 50, -1000, 50, 50, 50, 1000, 50, 4000, 50];
		traceRouteInView(sink, points, 0, points.length, view, 0);
		expect(calls).toEqual([
			['M', 0, 50],
			['L', 50, 50],
			['L', 100, 50]
		]);
	});

	it('cuts a segment whose two ends lie far outside the view', () => {
		const { sink, calls } = recorder();
		traceRouteInView(sink, [-1e6, -1e6, 1e6, 1e6], 0, 4, view, 0);
		expect(calls).toEqual([
			['M', 0, 0],
			['L', 100, 100]
		]);
	});

	it('starts each piece of a line that leaves and comes back anew', () => {
		const { sink, calls } = recorder();
		const points = [10, 10, 10, 5000, 20, 5000, 20, 20];
		traceRouteInView(sink, points, 0, points.length, view, 0);
		expect(calls).toEqual([
			['M', 10, 10],
			['L', 10, 100],
			['M', 20, 100],
			['L', 20, 20]
		]);
	});

	it('starts a dashed piece a whole number of dash patterns from the route start', () => {
		const { sink, calls } = recorder();
		// 1,003 units outside the view before the segment that enters it; dashes of 6 and 4.
		const points = [-1003, 50, -900, 50, -7, 50, 60, 50];
		traceRouteInView(sink, points, 0, points.length, view, 10);
		expect(calls[0][0]).toBe('M');
		const start = calls[0][1];
		// The piece begins within one pattern before the view's edge, on a pattern boundary.
		expect(start).toBeLessThanOrEqual(0);
		expect(start).toBeGreaterThan(-10);
		expect((start + 1003) % 10).toBeCloseTo(0, 9);
		expect(calls.slice(1)).toEqual([['L', 60, 50]]);
	});

	it('walks back over short segments to reach the pattern boundary', () => {
		const { sink, calls } = recorder();
		// Segments of 3 units before the view: the boundary lies two segments back.
		const points = [-20, 50, -17, 50, -14, 50, -11, 50, -8, 50, -5, 50, 30, 50];
		traceRouteInView(sink, points, 0, points.length, { x0: -1, y0: 0, x1: 100, y1: 100 }, 10);
		// 19 units from the start to the view's edge (at -1): back 9, to -10.
		expect(calls[0][0]).toBe('M');
		expect(calls[0][1]).toBeCloseTo(-10, 9);
		expect(calls.slice(1)).toEqual([
			['L', -8, 50],
			['L', -5, 50],
			['L', 30, 50]
		]);
	});
});

describe('dashPeriod', () => {
	it('is the sum of an even list and twice that of an odd one', () => {
		expect(dashPeriod([6, 4])).toBe(10);
		expect(dashPeriod([2])).toBe(4);
		expect(dashPeriod([])).toBe(0);
	});
});
