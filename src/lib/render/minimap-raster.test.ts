import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { unpackScene } from '#lib/scene/pack-scene.js';
import { generateNational } from '#lib/data/generate-national.js';
import { rasterMinimap } from './minimap-raster.js';

describe('rasterMinimap(packed, place, ratio, target)', () => {
	const packed = buildPackedScene(
		generateNational({ nodes: 2000, seed: 4 }),
		{ expanded: 'all' },
		{ dim: ['c0'] }
	);
	const scene = unpackScene(packed);
	const { bounds: b } = scene;
	const scale = Math.min(172 / b.width, 112 / b.height);
	const place = {
		scale,
		ox: (180 - b.width * scale) / 2 - b.x * scale,
		oy: (120 - b.height * scale) / 2 - b.y * scale
	};
	const ratio = 2;
	const target = { data: new Uint8ClampedArray(360 * 240 * 4), width: 360, height: 240 };
	rasterMinimap(packed, place, ratio, target);
	const pixel = (x: number, y: number) => {
		const p = (Math.floor(y * ratio) * target.width + Math.floor(x * ratio)) * 4;
		return {
			hex: rgb(target.data[p], target.data[p + 1], target.data[p + 2]).formatHex(),
			a: target.data[p + 3]
		};
	};
	const centre = (n: (typeof scene.nodes)[number]) => pixel(place.ox + n.x * scale, place.oy + n.y * scale);

	it('marks every box, however small, in its kind colour, a dimmed one fainter', () => {
		const strokes = new Set(scene.nodes.map((n) => rgb(n.stroke).formatHex()));
		for (const n of scene.nodes.filter((_, i) => i % 53 === 0)) {
			expect(strokes).toContain(centre(n).hex);
			expect(centre(n).a).toBeGreaterThan(0);
		}
		const last = scene.nodes.at(-1)!;
		expect(centre(last)).toEqual({ hex: rgb(last.stroke).formatHex(), a: 204 });
		const dimmed = scene.nodes.find((n) => n.id === 'c0')!;
		expect(centre(dimmed).a).toBe(64);
	});

	it('leaves the map transparent where no box is', () => {
		expect(pixel(0.5, 0.5).a).toBe(0);
		expect(pixel(179.5, 119.5).a).toBe(0);
	});
});
