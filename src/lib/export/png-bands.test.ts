import { describe, expect, it } from 'vitest';
import { bandCuller, imageBands } from './png-bands.js';
import { syntheticScene } from './__fixtures__/synthetic-scene.js';

describe('imageBands(width, height, pixels)', () => {
	it.each([
		[
			1000,
			2500,
			1_000_000,
			[
				[0, 1000],
				[1000, 1000],
				[2000, 500]
			]
		],
		[1000, 10, 1_000_000, [[0, 10]]],
		// A row wider than the budget is still one row a band.
		[
			5000,
			3,
			10,
			[
				[0, 1],
				[1, 1],
				[2, 1]
			]
		]
	])('%i × %i px in bands of %i pixels', (width, height, pixels, expected) => {
		expect(imageBands(width, height, pixels).map((b) => [b.top, b.rows])).toEqual(expected);
	});
});

describe('bandCuller(scene)(top, bottom)', () => {
	it('keeps the nodes and lines that reach the band, and the frame the whole Scene has', () => {
		const scene = syntheticScene(400, 20);
		const ys = scene.nodes.map((n) => n.y);
		const mid = (Math.min(...ys) + Math.max(...ys)) / 2;
		const band = bandCuller(scene)(mid, mid + 10);
		expect(band.nodes.length).toBeGreaterThan(0);
		expect(band.nodes.length).toBeLessThan(scene.nodes.length / 2);
		for (const n of band.nodes) expect(Math.abs(n.y - mid)).toBeLessThan(n.height + 100);
		expect(band.edges.length).toBeLessThan(scene.edges.length);
		// A line crossing the band with both ends outside it stays.
		const crossing = scene.edges.find((e) => e.points[1] < mid - 100 && e.points.at(-1)! > mid + 100);
		if (crossing) expect(band.edges).toContain(crossing);
		expect({ bounds: band.bounds, legend: band.legend }).toEqual({
			bounds: scene.bounds,
			legend: scene.legend
		});
	});
});
