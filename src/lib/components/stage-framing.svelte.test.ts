import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import type { ViewState } from '#lib/model/types.js';
import { cameraOf, viewportOf } from '#lib/scene/camera.js';
import { openingAnchor, openingExpanded, readableFrame, reopenedFrame } from '#lib/scene/opening.js';
import { fitViewport, visibleBox } from '#lib/scene/viewport.js';
import { nodeCentre } from '#lib/scene/packed-index.js';
import { ExplorerState, type ExplorerOptions } from './explorer-state.svelte.js';
import { PanZoom } from './pan-zoom.js';
import { StageFraming } from './stage-framing.svelte.js';

const W = 800;
const H = 600;
const cleanUp: (() => void)[] = [];
afterEach(() => cleanUp.splice(0).forEach((end) => end()));

/**
 * Framing for an explorer on a stage of W × H, with a real pan-zoom moving its viewport, with
 * `options` as the explorer page gives them (the screen's shape, the date to open on).
 */
function setUp(view: ViewState, readable: boolean, options: ExplorerOptions = {}) {
	const explorer = new ExplorerState(opinions2015, view, options);
	const stage = document.body.appendChild(document.createElement('div'));
	const panZoom = new PanZoom((v) => (explorer.viewport = v));
	const detach = panZoom.attach(stage);
	let framing!: StageFraming;
	const stop = $effect.root(() => {
		framing = new StageFraming(explorer, panZoom, readable);
	});
	cleanUp.push(stop, detach, () => stage.remove());
	return { explorer, panZoom, framing };
}

/** Reports the stage's size, as the page's bindings do. */
function measure(framing: StageFraming) {
	framing.width = W;
	framing.height = H;
	flushSync();
}

describe('StageFraming', () => {
	it('opens a chart whose address names nothing on the levels that fit the stage, once its size is known', () => {
		const { explorer, framing } = setUp({ lang: 'zh' }, true);
		const expected = openingExpanded(opinions2015, explorer.sceneView(), W, H);
		flushSync();
		expect(framing.opened).toBe(false);
		expect(explorer.view.expanded).toBeUndefined();
		measure(framing);
		expect(framing.opened).toBe(true);
		expect(explorer.view.expanded).toEqual(expected);
		// The explorer's choice, left out of links (see linkedView).
		expect(explorer.opening).toBe(explorer.view.expanded);
	});

	it('keeps what a link says to open, and opens at its camera', () => {
		const camera = { x: 120, y: 80, k: 0.9 };
		const { explorer, framing } = setUp({ expanded: 'all', camera }, false);
		measure(framing);
		expect(explorer.view.expanded).toBe('all');
		framing.frameFirst();
		expect(explorer.viewport).toEqual(viewportOf(camera, W, H));
	});

	it('writes down no camera for a view it fitted, and the reader’s once the chart rests', async () => {
		const { explorer, panZoom, framing } = setUp({ expanded: 'all' }, false);
		measure(framing);
		framing.frameFirst();
		expect(explorer.viewport).toEqual(fitViewport(explorer.head.bounds, W, H));
		flushSync();
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(explorer.camera).toBeUndefined();
		const moved = { k: 1.2, x: -40, y: 15 };
		panZoom.set(moved, 0);
		flushSync();
		await expect.poll(() => explorer.camera).toEqual(cameraOf(moved, W, H));
	});

	it('fits the chart again when a control that reshapes it asks', async () => {
		const { explorer, panZoom, framing } = setUp({ expanded: 'all' }, false);
		measure(framing);
		framing.frameFirst();
		panZoom.set({ k: 2, x: 0, y: 0 }, 0);
		explorer.refit = true;
		explorer.update({ layout: 'tree-lr' });
		flushSync();
		expect(explorer.refit).toBe(false);
		// The fit glides there.
		await expect.poll(() => explorer.viewport.k).toBeCloseTo(fitViewport(explorer.head.bounds, W, H).k);
	});

	it('chooses its fit again when the stage shrinks (compare mode’s controls), and the opening frame too', () => {
		const { explorer, framing } = setUp({ expanded: 'all' }, false);
		measure(framing);
		framing.frameFirst();
		const { bounds } = explorer.head;
		framing.height = H - 90;
		flushSync();
		expect(explorer.viewport).toEqual(fitViewport(bounds, W, H - 90));
		framing.height = H;
		flushSync();
		expect(explorer.viewport).toEqual(fitViewport(bounds, W, H));

		const opening = setUp({ lang: 'zh' }, true);
		measure(opening.framing);
		opening.framing.frameFirst();
		const anchor = openingAnchor(opening.explorer.packed);
		opening.framing.width = W - 300;
		flushSync();
		const shown = reopenedFrame(opening.explorer.head.bounds, W - 300, H, [W, H], { anchorX: anchor });
		expect(opening.explorer.viewport).toEqual(shown);
	});

	it('leaves a chart the reader moved where it is when the stage is resized', () => {
		const { explorer, panZoom, framing } = setUp({ expanded: 'all' }, false);
		measure(framing);
		framing.frameFirst();
		const zoomed = { k: 1.5, x: -200, y: -100 };
		panZoom.set(zoomed, 0);
		framing.height = H - 90;
		flushSync();
		expect(explorer.viewport).toEqual(zoomed);
		// A fit hands the frame back to the explorer.
		framing.fit(0);
		framing.height = H;
		flushSync();
		expect(explorer.viewport).toEqual(fitViewport(explorer.head.bounds, W, H));
	});

	it('lays the chart out again when the screen turns, and frames it as it would have opened there', async () => {
		// A large tablet's stage: on a phone's, the built-in chart opens on its tops whichever way up.
		const upright: [number, number] = [1200, 1920];
		const sideways: [number, number] = [1920, 1200];
		const { explorer, framing } = setUp({ lang: 'zh' }, true, { aspect: 0.6, openOn: '2025-06-01' });
		[framing.width, framing.height] = upright;
		flushSync();
		framing.frameFirst();
		const opening = explorer.opening;
		explorer.camera = { x: 10, y: 20, k: 2 };
		// Turned, the stage is the other way round before it is reported.
		[framing.width, framing.height] = sideways;
		framing.turn(undefined);
		flushSync();
		expect(explorer.aspect).toBeUndefined();
		expect(explorer.camera).toBeUndefined();
		expect(explorer.opening).toEqual(openingExpanded(opinions2015, explorer.sceneView(), ...sideways));
		expect(explorer.opening).not.toEqual(opening);
		const anchorX = openingAnchor(explorer.packed);
		const frame = readableFrame(explorer.head.bounds, ...sideways, { anchorX });
		// It glides there.
		const off = () => Math.abs(explorer.viewport.k / frame.k - 1) + Math.abs(explorer.viewport.x - frame.x);
		await expect.poll(off).toBeLessThan(0.01);
		// Upright again: as it opened.
		[framing.width, framing.height] = upright;
		framing.turn(0.6);
		flushSync();
		expect(explorer.aspect).toBe(0.6);
		expect(explorer.opening).toEqual(opening);
	});

	it('keeps the wide layout of a link with a camera, and the camera, when the screen turns', () => {
		const camera = { x: 120, y: 80, k: 0.9 };
		const { explorer, framing } = setUp({ expanded: 'all', camera }, false, { aspect: 0.5 });
		measure(framing);
		framing.frameFirst();
		expect(explorer.aspect).toBeUndefined();
		framing.turn(0.6);
		flushSync();
		expect(explorer.aspect).toBeUndefined();
		expect(explorer.camera).toEqual(camera);
	});

	it('centres a node and brings one into view from the packed Scene, without making its records', async () => {
		const { explorer, framing } = setUp({ expanded: 'all' }, false);
		measure(framing);
		framing.frameFirst();
		// At 100,000 nodes the records took ~70 ms and ~40 MB to make, for one node's box.
		Object.defineProperty(explorer, 'scene', {
			get: () => {
				throw new Error('the Scene was unpacked');
			}
		});
		const id = opinions2015.nodes.at(-1)!.id;
		const at = nodeCentre(explorer.packed, id)!;
		framing.showNode(id, 0);
		const { k } = explorer.viewport;
		expect(explorer.viewport).toEqual({ k, x: W / 2 - at.x * k, y: H / 2 - at.y * k });
		explorer.viewport = { k, x: W / 2 - (at.x + W / k) * k, y: explorer.viewport.y };
		framing.keepInView(id);
		await expect.poll(() => visibleBox(explorer.viewport, W, H).x < at.x).toBe(true);
	});
});
