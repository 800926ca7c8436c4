import { describe, expect, it, vi } from 'vitest';
import { rgb } from 'd3-color';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { unpackScene } from '#lib/scene/pack-scene.js';
import { fitViewport } from '#lib/scene/viewport.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { CanvasRenderer, type CanvasFrame } from './canvas-renderer.js';
import { labelPxAt } from './draw-nodes.js';

const packed = buildPackedScene(fixture, { expanded: 'all' });
const scene = unpackScene(packed);
const W = 400;
const H = 300;

function setUp(): { canvas: HTMLCanvasElement; renderer: CanvasRenderer } {
	const canvas = document.createElement('canvas');
	return { canvas, renderer: new CanvasRenderer(canvas) };
}

function frame(patch: Partial<CanvasFrame> = {}): CanvasFrame {
	return {
		packed,
		viewport: fitViewport(scene.bounds, W, H),
		width: W,
		height: H,
		ratio: 1,
		selected: null,
		theme: scene.theme,
		...patch
	};
}

/** The colour of the canvas pixel at chart point (x, y), as #rrggbb. */
function colourAt(canvas: HTMLCanvasElement, { viewport }: CanvasFrame, x: number, y: number): string {
	const px = Math.round(x * viewport.k + viewport.x);
	const py = Math.round(y * viewport.k + viewport.y);
	const [r, g, b] = canvas.getContext('2d')!.getImageData(px, py, 1, 1).data;
	return rgb(r, g, b).formatHex();
}

describe('CanvasRenderer', () => {
	it('fills each box in its colour on the theme background, sized in device pixels', () => {
		const { canvas, renderer } = setUp();
		const shown = frame({ ratio: 2 });
		expect(renderer.draw(shown)).toBe(true);
		expect([canvas.width, canvas.height]).toEqual([W * 2, H * 2]);
		const ctx = canvas.getContext('2d')!;
		const [r, g, b] = ctx.getImageData(1, 1, 1, 1).data;
		expect(rgb(r, g, b).formatHex()).toBe(rgb(scene.theme.background).formatHex());
		// Sampled at the top of the box, clear of its text, in device pixels.
		for (const n of scene.nodes) {
			const px = Math.round((n.x * shown.viewport.k + shown.viewport.x) * 2);
			const py = Math.round(((n.y - n.height / 2 + 4) * shown.viewport.k + shown.viewport.y) * 2);
			const [nr, ng, nb] = ctx.getImageData(px, py, 1, 1).data;
			expect(rgb(nr, ng, nb).formatHex(), n.id).toBe(rgb(n.fill).formatHex());
		}
	});

	it('draws nothing again for the same picture, and draws a new selection', () => {
		const { canvas, renderer } = setUp();
		const first = frame();
		expect(renderer.draw(first)).toBe(true);
		expect(renderer.draw({ ...first })).toBe(false);
		const node = scene.nodes[0];
		const edge = { x: node.x - node.width / 2, y: node.y };
		const before = colourAt(canvas, first, edge.x, edge.y);
		expect(renderer.draw({ ...first, selected: node.id })).toBe(true);
		expect(colourAt(canvas, first, edge.x, edge.y)).not.toBe(before);
		expect(colourAt(canvas, first, edge.x, edge.y)).toBe(rgb(scene.theme.focus).formatHex());
	});

	it('writes a far-out frame as pixels: every box still shows', () => {
		const { canvas, renderer } = setUp();
		// Zoomed out until a box is under a pixel high.
		const far = frame({ viewport: { k: 0.02, x: W / 2, y: H / 2 } });
		expect(renderer.draw(far)).toBe(true);
		const fills = new Set(scene.nodes.map((n) => rgb(n.fill).formatHex()));
		for (const n of scene.nodes) expect(fills).toContain(colourAt(canvas, far, n.x, n.y));
		renderer.dispose();
	});

	it('far out, strokes the rings alone: the selected box and the highlighted ones, where they are', () => {
		const [a, b, c] = [scene.nodes[1], scene.nodes[2], scene.nodes[3]];
		const highlighted = buildPackedScene(fixture, { expanded: 'all' }, { highlight: [a.id, c.id] });
		const { canvas, renderer } = setUp();
		const strokes = vi.spyOn(canvas.getContext('2d')!, 'strokeRect');
		const far = frame({ viewport: { k: 0.02, x: W / 2, y: H / 2 } });
		expect(renderer.draw(far)).toBe(true);
		expect(strokes).not.toHaveBeenCalled();
		expect(renderer.draw({ ...far, packed: highlighted, selected: b.id })).toBe(true);
		// In Scene order, each at its own box's corner.
		expect(strokes.mock.calls.map(([x, y]) => [x, y])).toEqual(
			[a, b, c].map((n) => [n.x - n.width / 2, n.y - n.height / 2])
		);
		strokes.mockClear();
		expect(renderer.draw({ ...far, selected: b.id })).toBe(true);
		expect(strokes).toHaveBeenCalledTimes(1);
		renderer.dispose();
	});

	it('gives the labels’ size on screen, and none when too far out for text', () => {
		expect(labelPxAt(1)).toBeGreaterThan(10);
		expect(labelPxAt(2)).toBeCloseTo(labelPxAt(1) * 2, 1);
		expect(labelPxAt(0.2)).toBe(0);
	});
});
