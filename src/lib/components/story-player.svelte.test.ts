import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { NODE_TYPE } from '#lib/scene/node-box.js';
import { STEP_LABEL_PX } from '#lib/scene/step-frame.js';
import { viewportOf } from '#lib/scene/camera.js';
import { fitViewport } from '#lib/scene/viewport.js';
import type { View } from '#lib/model/types.js';
import { ExplorerState } from './explorer-state.svelte.js';
import { PanZoom } from './pan-zoom.js';
import { StoryPlayer } from './story-player.svelte.js';

const FRAME = { width: 600, height: 400 };
const steps: View[] = [
	{
		id: 'one',
		title: { zh: '一', en: 'One' },
		state: { layout: 'radial', camera: { x: 10, y: 20, k: 1.5 } }
	},
	{ id: 'two', title: { zh: '二', en: 'Two' }, state: { expanded: 'all', focus: 'p1' } }
];

let stage: HTMLElement | null = null;
afterEach(() => stage?.remove());

/** A real pan-zoom attached to a stage element, moving the explorer's viewport. */
function panZoomOf(explorer: ExplorerState): PanZoom {
	stage = document.body.appendChild(document.createElement('div'));
	const panZoom = new PanZoom((v) => (explorer.viewport = v));
	panZoom.attach(stage);
	return panZoom;
}

/** A player on a real pan-zoom attached to a stage element, moving the explorer's viewport. */
function setUp(story = steps) {
	const explorer = new ExplorerState({ ...fixture, views: story }, { lang: 'en' });
	stage = document.body.appendChild(document.createElement('div'));
	const panZoom = new PanZoom((v) => (explorer.viewport = v));
	panZoom.attach(stage);
	return {
		explorer,
		player: new StoryPlayer(
			explorer,
			panZoom,
			() => FRAME,
			() => explorer.story
		)
	};
}

describe('StoryPlayer', () => {
	it('shows a step: its view in the reader’s language, at its camera', () => {
		const { explorer, player } = setUp();
		expect(player.goto(0, 0)).toBe(true);
		expect(player.index).toBe(0);
		expect(explorer.view).toEqual({ lang: 'en', layout: 'radial' });
		expect(explorer.selected).toBeNull();
		expect(explorer.viewport).toEqual(viewportOf({ x: 10, y: 20, k: 1.5 }, FRAME.width, FRAME.height));
		expect(player.goto(5)).toBe(false);
		expect(player.index).toBe(0);
	});

	it('selects a step’s focus and frames the node, and moves on and back within the story', () => {
		const { explorer, player } = setUp();
		player.goto(0, 0);
		expect(player.next()).toBe(true);
		expect(player.current?.id).toBe('two');
		expect(explorer.selected).toBe('p1');
		const whole = fitViewport(explorer.scene.bounds, FRAME.width, FRAME.height);
		// Closer in than the whole chart: the node and its neighbours fill the frame.
		expect(explorer.viewport.k).toBeGreaterThan(whole.k);
		player.next();
		expect(player.index).toBe(1);
		player.previous();
		expect(player.current?.id).toBe('one');
	});

	it('keeps the drawing’s boxes per Scene: a resize frames the step again without mapping every node anew', () => {
		const { explorer, player } = setUp();
		player.goto(1, 0);
		const boxes = player.nodeBoxes;
		const p1 = explorer.scene.nodes.find((n) => n.id === 'p1')!;
		expect(boxes).toContainEqual({
			x: p1.x - p1.width / 2,
			y: p1.y - p1.height / 2,
			width: p1.width,
			height: p1.height
		});
		player.frameView(0);
		expect(player.nodeBoxes).toBe(boxes);
		explorer.update({ expanded: [] });
		expect(player.nodeBoxes).not.toBe(boxes);
		expect(player.nodeBoxes).toHaveLength(explorer.scene.nodes.length);
	});

	it('follows the explorer’s story as it is edited', () => {
		const { explorer, player } = setUp([]);
		expect(player.steps).toEqual([]);
		explorer.story = steps;
		flushSync();
		expect(player.steps.map((s) => s.id)).toEqual(['one', 'two']);
		expect(new StoryPlayer(explorer, player.panZoom, () => FRAME, [steps[1]]).steps).toEqual([steps[1]]);
	});

	it('snapshots the view in force as a step: focus and camera, without language or theme', () => {
		const { explorer, player } = setUp();
		player.goto(1, 0);
		explorer.update({ theme: 'dark' });
		const state = player.snapshot();
		expect(state.focus).toBe('p1');
		expect(state).not.toHaveProperty('lang');
		expect(state).not.toHaveProperty('theme');
		expect(viewportOf(state.camera!, FRAME.width, FRAME.height).k).toBeCloseTo(explorer.viewport.k);
	});

	it('tells of every step shown, once it is shown, and frames the step’s node though the reader selects another', () => {
		const { explorer } = setUp();
		const shown: [number, string | null][] = [];
		const panZoom = new PanZoom((v) => (explorer.viewport = v));
		panZoom.attach(stage!);
		const player = new StoryPlayer(
			explorer,
			panZoom,
			() => FRAME,
			steps,
			(index) => shown.push([index, explorer.selected])
		);
		player.goto(1, 0);
		player.goto(9, 0);
		expect(shown).toEqual([[1, 'p1']]);
		const framed = explorer.viewport;
		explorer.selected = 'o3';
		player.frameView(0);
		expect(explorer.viewport).toEqual(framed);
	});

	it('makes a step’s date the reader’s choice: all dates when the step names none', () => {
		const explorer = new ExplorerState({ ...fixture, views: steps }, {}, { openOn: '2026-12-06' });
		expect(explorer.view.asOf).toBe('2026-12-06');
		new StoryPlayer(explorer, new PanZoom(() => {}), () => FRAME, steps).goto(0, 0);
		expect(explorer.view.asOf).toBeUndefined();
		expect(explorer.shared.allDates).toBe(true);
	});

	it('keeps a step readable on a phone when asked (present mode), where it had been shown whole', () => {
		const explorer = new ExplorerState(opinions2015, { lang: 'zh' });
		const panZoom = panZoomOf(explorer);
		const whole: View = { id: 'all', title: { zh: '全', en: 'All' }, state: { expanded: 'all' } };
		const player = new StoryPlayer(explorer, panZoom, () => ({ width: 390, height: 700 }), [whole]);
		player.goto(0, 0);
		expect(explorer.viewport.k * NODE_TYPE.fontSize).toBeLessThan(STEP_LABEL_PX / 2);
		player.readable = true;
		player.frameView(0);
		expect(explorer.viewport.k * NODE_TYPE.fontSize).toBeCloseTo(STEP_LABEL_PX);
	});

	it('frames a step on its focus or whole while the screen is upright, at its camera once it is turned', () => {
		const explorer = new ExplorerState({ ...fixture, views: steps }, { lang: 'en' }, { aspect: 0.5 });
		const player = new StoryPlayer(explorer, panZoomOf(explorer), () => FRAME, steps);
		player.goto(0, 0);
		const camera = viewportOf({ x: 10, y: 20, k: 1.5 }, FRAME.width, FRAME.height);
		expect(explorer.viewport).not.toEqual(camera);
		explorer.screenShape = undefined;
		player.frameView(0);
		expect(explorer.viewport).toEqual(camera);
	});
});
