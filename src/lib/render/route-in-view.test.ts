import { describe, expect, it } from 'vitest';
import { dashPeriod, traceRouteInView, type PathSink } from './route-in-view.js';

/** What tracing a whole route into a path sink tells it to do. */
function traced(points: number[], area = view, period = 0) {
	const calls: [string, number, number][] = [];
	const sink: PathSink = {
		moveTo: (x, y) => calls.push(['M', x, y]),
		lineTo: (x, y) => calls.push(['L', x, y])
	};
	traceRouteInView(sink, points, 0, points.length, area, period);
	return calls;
}

const view = { x0: 0, y0: 0, x1: 100, y1: 100 };

describe('traceRouteInView', () => {
	// Solid lines in the 100 × 100 view: the route, and the path that traces it.
	it.each([
		{
			name: 'traces a route inside the view whole',
			points: [10, 10, 50, 10, 50, 90],
			path: [
				['M', 10, 10],
				['L', 50, 10],
				['L', 50, 90]
			]
		},
		{
			name: 'cuts a long line at the edges of the view and leaves out what misses it',
			// From far left to far right through the view, in steps of 1,000.
			points: [-5000, 50, -4000, 50, -1000, 50, 50, 50, 1000, 50, 4000, 50],
			path: [
				['M', 0, 50],
				['L', 50, 50],
				['L', 100, 50]
			]
		},
		{
			name: 'cuts a segment whose two ends lie far outside the view',
			points: [-1e6, -1e6, 1e6, 1e6],
			path: [
				['M', 0, 0],
				['L', 100, 100]
			]
		},
		{
			name: 'starts each piece of a line that leaves and comes back anew',
			points: [10, 10, 10, 5000, 20, 5000, 20, 20],
			path: [
				['M', 10, 10],
				['L', 10, 100],
				['M', 20, 100],
				['L', 20, 20]
			]
		}
	])('$name', ({ points, path }) => {
		expect(traced(points)).toEqual(path);
	});

	it('starts a dashed piece a whole number of dash patterns from the route start', () => {
		// 1,003 units outside the view before the segment that enters it; dashes of 6 and 4.
		const calls = traced([-1003, 50, -900, 50, -7, 50, 60, 50], view, 10);
		expect(calls[0][0]).toBe('M');
		const start = calls[0][1];
		// The piece begins within one pattern before the view's edge, on a pattern boundary.
		expect(start).toBeLessThanOrEqual(0);
		expect(start).toBeGreaterThan(-10);
		expect((start + 1003) % 10).toBeCloseTo(0, 9);
		expect(calls.slice(1)).toEqual([['L', 60, 50]]);
	});

	it('walks back over short segments to reach the pattern boundary', () => {
		// Segments of 3 units before the view: the boundary lies two segments back.
		const points = [-20, 50, -17, 50, -14, 50, -11, 50, -8, 50, -5, 50, 30, 50];
		const calls = traced(points, { x0: -1, y0: 0, x1: 100, y1: 100 }, 10);
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
