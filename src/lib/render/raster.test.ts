import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { unpackScene } from '#lib/scene/pack-scene.js';
import { rasterScene, type PixelTarget } from './raster.js';
import { fitViewport } from '#lib/scene/viewport.js';
import { generateNational } from '#lib/data/generate-national.js';

/** The colour of a pixel as #rrggbb. */
function at(target: PixelTarget, x: number, y: number): string {
	const p = (Math.floor(y) * target.width + Math.floor(x)) * 4;
	return rgb(target.data[p], target.data[p + 1], target.data[p + 2]).formatHex();
}

describe('rasterScene(packed, view, ratio, target)', () => {
	const packed = buildPackedScene(generateNational({ nodes: 2000, seed: 4 }), { expanded: 'all' });
	const scene = unpackScene(packed);
	const target = { data: new Uint8ClampedArray(400 * 250 * 4), width: 400, height: 250 };
	const view = fitViewport(scene.bounds, 400, 250);
	rasterScene(packed, view, 1, target);

	it('fills every box in view, however small, with a box colour; the last drawn with its own', () => {
		expect(view.k * 48).toBeLessThan(4);
		const fills = new Set(scene.nodes.map((n) => rgb(n.fill).formatHex()));
		const centre = (n: (typeof scene.nodes)[number]) =>
			at(target, n.x * view.k + view.x, n.y * view.k + view.y);
		for (const n of scene.nodes.filter((_, i) => i % 97 === 0)) expect(fills).toContain(centre(n));
		const last = scene.nodes[scene.nodes.length - 1];
		expect(centre(last)).toBe(rgb(last.fill).formatHex());
	});

	it('leaves the background where nothing is, and draws lines between boxes', () => {
		const background = rgb(scene.theme.background).formatHex();
		expect(at(target, 1, 1)).toBe(background);
		const line = scene.edges.find((e) => e.backbone && e.points.length === 8)!;
		// The middle of the run across, between parent and child.
		const x = ((line.points[2] + line.points[4]) / 2) * view.k + view.x;
		const y = line.points[3] * view.k + view.y;
		expect(at(target, x, y)).not.toBe(background);
	});

	it('draws at the device pixel ratio, with the view moved', () => {
		const double = { data: new Uint8ClampedArray(800 * 500 * 4), width: 800, height: 500 };
		rasterScene(packed, { ...view, x: view.x - 40 }, 2, double);
		const last = scene.nodes[scene.nodes.length - 1];
		const x = (last.x * view.k + view.x - 40) * 2;
		expect(x).toBeGreaterThan(0);
		expect(at(double, x, (last.y * view.k + view.y) * 2)).toBe(rgb(last.fill).formatHex());
	});
});
