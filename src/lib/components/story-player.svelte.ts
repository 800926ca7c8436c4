import type { View, ViewState } from '#lib/model/types.js';
import { cameraOf, focusBox, focusIds, viewportOf } from '#lib/scene/camera.js';
import { cornerBox } from '#lib/scene/box-geometry.js';
import { parentBoxes, stepFrame } from '#lib/scene/step-frame.js';
import { openingAnchor } from '#lib/scene/opening.js';
import { nodeCentre } from '#lib/scene/packed-index.js';
import type { Box } from '#lib/scene/types.js';
import type { ExplorerState } from './explorer-state.svelte.js';
import type { PanZoom } from './pan-zoom.js';

/** How long a move between steps takes, in ms. */
export const STEP_DURATION = 800;

/**
 * Plays a story on an explorer: applies a step's view state (the chart re-lays out and its
 * nodes glide, see ChartStage) and moves the camera to the step's camera, its focus, or the
 * whole drawing. Present mode, embeds and the explorer's Story panel share it.
 */
export class StoryPlayer {
	/** Where the steps come from: a story that may change (the explorer's, as it is edited), or a fixed list. */
	readonly #steps: () => View[];
	/** The story's steps. */
	steps: View[] = $derived.by(() => this.#steps());
	/** The current step (from 0), or -1 before the first `goto`. */
	index = $state(-1);
	/**
	 * Whether a step without a camera too large to show whole on a phone at 6 px labels is shown
	 * readably instead (see stepFrame): present mode's; an embed shows a step whole, in the frame
	 * its page gave it.
	 */
	readable = false;
	/** The camera of the view in force, kept apart from the view because panning does not change the view. */
	#camera: ViewState['camera'];
	/** The node the view in force frames, kept apart from the selection, which the reader may move. */
	#focus: string | undefined;

	readonly explorer: ExplorerState;
	readonly panZoom: PanZoom;
	/**
	 * The drawing's boxes as corner boxes, kept per Scene: a step framed again on each resize (see
	 * ChartStage) is checked against every box, and mapping them anew each time cost a box per node.
	 */
	readonly nodeBoxes: Box[] = $derived.by(() => this.explorer.scene.nodes.map(cornerBox));
	/** The current size of the frame the chart is shown in. */
	readonly frame: () => { width: number; height: number };
	/** Told of every step shown, once it is shown. */
	readonly #onstep: ((index: number) => void) | undefined;

	constructor(
		explorer: ExplorerState,
		panZoom: PanZoom,
		frame: () => { width: number; height: number },
		steps: View[] | (() => View[]) = [],
		onstep?: (index: number) => void
	) {
		this.explorer = explorer;
		this.#onstep = onstep;
		this.panZoom = panZoom;
		this.frame = frame;
		this.#steps = typeof steps === 'function' ? steps : () => steps;
	}

	get current(): View | undefined {
		return this.steps[this.index];
	}

	/** Shows step `index` (from 0); false when there is no such step. */
	goto(index: number, duration = STEP_DURATION): boolean {
		const step = this.steps[index];
		if (!step) return false;
		this.index = index;
		this.show(step.state, duration);
		this.#onstep?.(index);
		return true;
	}

	next(): boolean {
		return this.goto(Math.min(this.index + 1, this.steps.length - 1));
	}

	previous(): boolean {
		return this.goto(Math.max(this.index - 1, 0));
	}

	/**
	 * Shows a view state. Language and theme stay as they are unless the state sets them: steps
	 * are recorded without them, so a Chinese audience keeps Chinese labels. Its date is its
	 * own, chosen: a link to the view carries it (or `asof=all`).
	 */
	show(state: ViewState, duration = STEP_DURATION): void {
		this.explorer.showView(state);
		this.#camera = state.camera;
		this.#focus = state.focus;
		this.frameView(duration);
	}

	/** Rings and frames a node, opening its branch; `null` clears the focus. False for unknown ids. */
	focus(id: string | null, duration = STEP_DURATION): boolean {
		if (id !== null) {
			if (!this.explorer.nodeById.has(id)) return false;
			this.explorer.reveal(id);
		}
		this.show(id === null ? this.explorer.view : { ...this.explorer.view, focus: id }, duration);
		return true;
	}

	/** Shows the structure as of a date (`null`: every date) and reframes. */
	asOf(date: string | null, duration = STEP_DURATION): void {
		const { asOf: _old, ...view } = this.explorer.view;
		this.show(date === null ? view : { ...view, asOf: date }, duration);
	}

	/** Moves the camera to what the view in force should frame, e.g. after a resize. */
	frameView(duration = 0): void {
		const { width, height } = this.frame();
		if (!width || !height) return;
		const { scene, packed, aspect } = this.explorer;
		const focus = this.#focus;
		const ids = focus ? focusIds(scene, focus) : undefined;
		const box = focus && ids ? focusBox(scene, focus, ids) : undefined;
		// A camera is a place in the layout a wide screen gets: on an upright phone, laid out
		// otherwise (screen-aspect.ts), the step is framed on its focus or whole instead.
		const camera = aspect === undefined ? this.#camera : undefined;
		// Too large to show readably whole, a step is centred on its focus, else on its main top.
		const centre = box && nodeCentre(packed, focus!);
		const target = camera
			? viewportOf(camera, width, height)
			: stepFrame(box ?? scene.bounds, width, height, {
					focused: box !== undefined,
					readable: this.readable,
					anchorX: centre ? centre.x : openingAnchor(packed),
					anchorY: centre?.y,
					nodes: this.nodeBoxes,
					context: box && ids && parentBoxes(scene, ids)
				});
		this.panZoom.set(target, duration);
	}

	/** The view in force with the camera where it is now (on a wide screen), ready to become a story step. */
	snapshot(): ViewState {
		const { width, height } = this.frame();
		const state: ViewState = { ...this.explorer.view };
		if (this.explorer.selected) state.focus = this.explorer.selected;
		else delete state.focus;
		delete state.lang;
		delete state.theme;
		// Only a wide screen's camera is a place other screens share (see show).
		if (this.explorer.aspect === undefined) state.camera = cameraOf(this.explorer.viewport, width, height);
		else delete state.camera;
		return state;
	}
}
