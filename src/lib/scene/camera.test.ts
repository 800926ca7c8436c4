import { describe, expect, it } from 'vitest';
import { cameraOf, focusBox, viewBoxOf, viewBoxViewport, viewportOf } from './camera.js';
import { buildScene } from './build-scene.js';
import { fixture } from './__fixtures__/chain.js';

describe('cameraOf / viewportOf', () => {
	it('cameraOf(viewport, w, h) gives the scene point at the frame centre', () => {
		expect(cameraOf({ k: 2, x: 100, y: 50 }, 400, 300)).toEqual({ x: 50, y: 50, k: 2 });
	});
	it('viewportOf inverts cameraOf for the same frame', () => {
		const view = { k: 0.7, x: -120, y: 33 };
		const back = viewportOf(cameraOf(view, 1280, 720), 1280, 720);
		expect(back.k).toBeCloseTo(view.k);
		expect(back.x).toBeCloseTo(view.x);
		expect(back.y).toBeCloseTo(view.y);
	});
	it('keeps the same scene point centred in a frame of another size', () => {
		const camera = cameraOf({ k: 1, x: 0, y: 0 }, 800, 600);
		const small = viewportOf(camera, 400, 300);
		expect(cameraOf(small, 400, 300)).toEqual(camera);
	});
});

describe('focusBox(scene, id)', () => {
	const scene = buildScene(fixture, { expanded: 'all' });
	it('frames the node and the nodes its drawn relations reach', () => {
		const box = focusBox(scene, 'p1')!;
		for (const id of ['p1', 'c', 'o1', 'o2']) {
			const n = scene.nodes.find((m) => m.id === id)!;
			expect(n.x - n.width / 2).toBeGreaterThanOrEqual(box.x);
			expect(n.x + n.width / 2).toBeLessThanOrEqual(box.x + box.width);
		}
	});
	it('frames the ids it is given, when the caller has the focus’s already', () => {
		const n = scene.nodes.find((m) => m.id === 'p1')!;
		const own = { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
		expect(focusBox(scene, 'p1', new Set(['p1']))).toEqual(own);
	});
	it('is undefined for a node that is not drawn', () => {
		expect(focusBox(scene, 'nope')).toBeUndefined();
	});
	it('frames a hub of two hundred thousand drawn nodes', () => {
		const nodes = Array.from({ length: 200_000 }, (_, i) => ({
			id: `n${i}`,
			x: i,
			y: 0,
			width: 2,
			height: 2
		}));
		const hub = { ...scene, nodes } as unknown as typeof scene;
		const ids = new Set(nodes.map((n) => n.id));
		expect(focusBox(hub, 'n0', ids)).toEqual({ x: -1, y: -1, width: 200_001, height: 2 });
	});
});

describe('viewBoxOf / viewBoxViewport', () => {
	const box = { x: 10, y: 20, width: 400, height: 100 };
	it('pads the box', () => {
		expect(viewBoxOf(box, 10)).toBe('0 10 420 120');
	});
	it('maps the padded box into the frame as xMidYMid meet does: centred, whole, one scale', () => {
		const v = viewBoxViewport(box, 10, 840, 600);
		expect(v.k).toBe(2);
		// Left edge of the padded box at x = 0, vertically centred: (600 - 120 × 2) / 2 = 180.
		expect(0 * v.k + v.x).toBeCloseTo(0);
		expect(10 * v.k + v.y).toBeCloseTo(180);
	});
});
