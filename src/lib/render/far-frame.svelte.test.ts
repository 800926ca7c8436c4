import { describe, expect, it, vi } from 'vitest';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { generateNational } from '#lib/data/generate-national.js';
import { FarFrame } from './far-frame.js';

/** How many far-out frames were written as pixels. */
const written = vi.hoisted(() => ({ count: 0 }));
vi.mock('./raster.js', async (original) => {
	const module = await original<typeof import('./raster.js')>();
	return {
		...module,
		rasterScene: (...args: Parameters<typeof module.rasterScene>) => {
			written.count++;
			return module.rasterScene(...args);
		}
	};
});

const data = generateNational({ nodes: 300, seed: 4 });
const view = { expanded: 'all' as const };
const far = { k: 0.01, x: 200, y: 150 };

describe('FarFrame', () => {
	it('keeps its pixels for a new Scene that differs only by a selection, not for one dimmed', () => {
		const canvas = Object.assign(document.createElement('canvas'), { width: 400, height: 300 });
		const ctx = canvas.getContext('2d')!;
		const frame = new FarFrame(canvas, () => undefined);
		const plain = buildPackedScene(data, view);
		frame.draw(ctx, plain, far, 1, '#fff');
		expect(written.count).toBe(1);
		frame.draw(ctx, buildPackedScene(data, view, { highlight: [data.nodes[40].id] }), far, 1, '#fff');
		expect(written.count).toBe(1);
		const dimmed = buildPackedScene(data, view, { highlight: [data.nodes[40].id], dimOthers: true });
		frame.draw(ctx, dimmed, far, 1, '#fff');
		expect(written.count).toBe(2);
		frame.cancel();
	});

	it('keeps its pixels when the canvas is made smaller at the same view, not when it grows', () => {
		const canvas = Object.assign(document.createElement('canvas'), { width: 400, height: 300 });
		const ctx = canvas.getContext('2d')!;
		const frame = new FarFrame(canvas, () => undefined);
		const plain = buildPackedScene(data, view);
		const before = written.count;
		frame.draw(ctx, plain, far, 1, '#fff');
		expect(written.count).toBe(before + 1);
		// A details panel opens beside the chart: the canvas narrows, the view stays.
		canvas.width = 300;
		frame.draw(ctx, buildPackedScene(data, view, { highlight: [data.nodes[40].id] }), far, 1, '#fff');
		expect(written.count).toBe(before + 1);
		canvas.width = 500;
		frame.draw(ctx, plain, far, 1, '#fff');
		expect(written.count).toBe(before + 2);
		frame.cancel();
	});
});
