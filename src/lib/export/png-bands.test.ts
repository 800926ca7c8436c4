import { describe, expect, it } from 'vitest';
import { arrowInBand, imageBands, sceneInBand, svgBand } from './png-bands.js';
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

describe('sceneInBand(scene, top, bottom)', () => {
	it('keeps the nodes and lines that reach the band, and the frame the whole Scene has', () => {
		const scene = syntheticScene(400, 20);
		const ys = scene.nodes.map((n) => n.y);
		const mid = (Math.min(...ys) + Math.max(...ys)) / 2;
		const band = sceneInBand(scene, mid, mid + 10);
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

describe('arrowInBand(y, top, bottom)', () => {
	it.each([
		[50, true],
		[105, true],
		[-5, true],
		[200, false],
		[-100, false]
	])('an arrow ending at y = %i reaches the band 0–100: %s', (y, expected) => {
		expect(arrowInBand(y, 0, 100)).toBe(expected);
	});
});

describe('svgBand(svg, width, band, scale)', () => {
	it('sizes the document to the band and views only its part of the page', () => {
		const svg =
			'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="400" height="300" viewBox="0 0 400 300" font-family="x"><rect width="10" height="10"/></svg>';
		expect(svgBand(svg, 800, { top: 200, rows: 100 }, 2)).toContain(
			'width="800" height="100" viewBox="0 100 400 50" preserveAspectRatio="none" font-family="x"'
		);
		expect(() => svgBand('<svg/>', 800, { top: 0, rows: 1 }, 1)).toThrow(/root size/);
	});
});
