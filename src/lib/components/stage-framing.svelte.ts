import { untrack } from 'svelte';
import { centreOn, fitViewport, visibleBox, type Viewport } from '#lib/scene/viewport.js';
import { openingAnchor, openingExpanded, reopenedFrame } from '#lib/scene/opening.js';
import { cameraOf, viewportOf, type Camera } from '#lib/scene/camera.js';
import { nodeCentre, packedNode } from '#lib/scene/packed-index.js';
import type { ExplorerState } from './explorer-state.svelte.js';
import type { PanZoom } from './pan-zoom.js';

/** The zoom a node is shown at when a link or a search goes to it. */
const READABLE_ZOOM = 0.8;
/** How long the chart rests before its camera is written down: not on every frame of a pan. */
const CAMERA_REST = 250;

/** Equal up to what an animation's last step may leave over. */
function sameViewport(a: Viewport, b: Viewport): boolean {
	return Math.abs(a.k / b.k - 1) < 1e-6 && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}

/** A frame as a rule of the stage's size: what the explorer chose, to choose again at another size. */
type Frame = (width: number, height: number) => Viewport;

/**
 * Where the explorer's stage looks: the first frame (a link's camera, or on the node a link
 * focuses, or fitted when the link names what to expand, else the upper levels at a readable
 * size), fits, refits after the controls that reshape the whole chart, and moves that keep a
 * node in view. A frame the explorer chose is chosen again when the stage changes size (compare
 * mode's controls, the details panel, the window), until the reader moves the chart: fitted
 * stays fitted, a place zoomed into stays put. Only a viewport the reader chose is written to the
 * explorer's camera (and so to the address); one the explorer chose by itself leaves it unset,
 * so such a link fits any screen. Construct during a component's setup: it runs effects.
 */
export class StageFraming {
	/** The stage's width as last reported by the page (bound to its `clientWidth`). */
	width = $state(0);
	/** The stage's height as last reported by the page (bound to its `clientHeight`). */
	height = $state(0);
	/** The stage element, measured when a move needs its size now. */
	stage = $state.raw<HTMLElement>();
	/** Whether the stage's size is known and the opening expanded set chosen: the chart may draw. */
	opened = $state(false);

	readonly #explorer: ExplorerState;
	readonly #panZoom: PanZoom;
	/** Whether the chart opens on its upper levels at a readable size rather than as its link says. */
	readonly #readable: boolean;
	/** Whether the first frame has been chosen; before it, nothing is written or refitted. */
	#fitted = false;
	/** The viewport the explorer last chose by itself (a fit, a link's focus); any other is the reader's. */
	#framed: Viewport | null = null;
	/** How that viewport was chosen, and for which stage size ('w×h'). */
	#frame: { rule: Frame; size: string } | null = null;
	/** The pan-zoom's count of moves right after that frame: any other count means a move since. */
	#frameMoves = -1;
	/** Set when the screen has turned: the next refit frames the chart as it would have opened (see {@link turn}). */
	#reopen = false;

	/**
	 * @param explorer the state whose viewport and camera are kept
	 * @param panZoom moves the chart
	 * @param readable whether to open on the upper levels at a readable size: for an address that
	 *   names no expanded set, focus or camera
	 */
	constructor(explorer: ExplorerState, panZoom: PanZoom, readable: boolean) {
		this.#explorer = explorer;
		this.#panZoom = panZoom;
		this.#readable = readable;

		// Before the chart first draws: how deep it opens depends on the stage it opens in.
		$effect.pre(() => {
			if (this.opened || !this.width || !this.height) return;
			untrack(() => this.#chooseOpening(this.width, this.height));
			this.opened = true;
		});

		// Also when the stage is resized (the details panel opening): the camera is the frame's centre.
		// An upright phone's layout is its own (screen-aspect.ts), so a place in it is not written
		// down: a link with it would open elsewhere on any other screen.
		$effect(() => {
			const [viewport, w, h] = [explorer.viewport, this.width, this.height];
			if (!this.#fitted || explorer.aspect !== undefined) return;
			const timer = setTimeout(() => {
				explorer.camera =
					this.#framed && sameViewport(viewport, this.#framed) ? undefined : cameraOf(viewport, w, h);
			}, CAMERA_REST);
			return () => clearTimeout(timer);
		});

		// Controls that come or go (compare mode's two rows, the details panel) resize the stage: a
		// frame the explorer chose is chosen again for the new size, else the bottom row of a fitted
		// chart fell off the stage. A move since (the reader's, a search's) is left where it is.
		$effect(() => {
			const [w, h] = [this.width, this.height];
			if (w && h) untrack(() => this.#reframe(`${w}×${h}`));
		});

		// The controls that reshape the whole chart ask for a fit once its new bounds are in (from a
		// worker, a moment later); see ExplorerState.refit.
		$effect(() => {
			void explorer.head.bounds;
			if (!explorer.refit || !this.#fitted) return;
			explorer.refit = false;
			untrack(() => (this.#reopen ? this.#frameOpening(350) : this.fit()));
			this.#reopen = false;
		});
	}

	/**
	 * The stage's size read from the page now, not from the last resize report: opening or
	 * closing the details panel may just have changed it.
	 */
	stageSize(): { w: number; h: number } {
		return { w: this.stage?.clientWidth ?? this.width, h: this.stage?.clientHeight ?? this.height };
	}

	/**
	 * Whether the reader has zoomed in past the whole chart fitted: the minimap is shown then, to
	 * say where in the chart the stage is; at the opening frame it would only cover the chart.
	 */
	get zoomedIn(): boolean {
		const explorer = this.#explorer;
		if (explorer.camera === undefined || !this.width || !this.height) return false;
		return explorer.viewport.k > fitViewport(explorer.head.bounds, this.width, this.height).k * 1.01;
	}

	/**
	 * Opens the levels that fit the stage readably (see openingExpanded), unless the address
	 * said what to open. A chart built off the main thread keeps its default (two levels of a
	 * large chart): trying depths would cost a Scene each.
	 */
	#chooseOpening(width: number, height: number): void {
		const explorer = this.#explorer;
		if (!this.#readable || explorer.offThread || explorer.link.expanded !== undefined) return;
		const { aspect } = explorer;
		explorer.opening = openingExpanded(explorer.dataset, explorer.sceneView(), width, height, { aspect });
	}

	/** Fits the whole chart into the stage (as it is now: a turned screen's is not reported yet). */
	fit = (duration = 350): void => {
		const { bounds } = this.#explorer.head;
		this.#frameAt((w, h) => fitViewport(bounds, w, h), duration);
	};

	/**
	 * Lays the chart out again for a screen that has turned (see useScreenTurns), towards its new
	 * shape `aspect`, and frames it as it would have opened on it (see frameFirst): the levels
	 * the explorer chose are chosen again for the new stage; those the reader chose stay, and so
	 * does the selection, shown. The reader's camera goes: it was a place in the drawing the turn
	 * replaced. A link with a camera keeps the wide layout (see linkAspect), and so its place.
	 */
	turn(aspect: number | undefined): void {
		const explorer = this.#explorer;
		const before = explorer.aspect;
		explorer.screenShape = aspect;
		if (explorer.aspect === before) return;
		explorer.camera = undefined;
		if (!this.opened) return;
		const { w, h } = this.stageSize();
		this.#chooseOpening(w, h);
		if (!this.#fitted) return;
		// Framed once the new Scene's bounds are in (from a worker, a moment later).
		this.#reopen = true;
		explorer.refit = true;
	}

	/**
	 * The view a chart opens with: a link's camera, or on the node a link focuses, or fitted for a
	 * link that names what to expand, else readable (see readableFrame).
	 */
	frameFirst = (): void => {
		if (this.#fitted || !this.width || !this.height) return;
		const { width, height } = this;
		const explorer = this.#explorer;
		this.#fitted = true;
		// A link with a camera opens where it was taken.
		if (explorer.camera) return this.#panZoom.set(viewportOf(explorer.camera, width, height), 0);
		this.#frameOpening(0);
	};

	/**
	 * The view a chart without a camera opens with, in the stage as it is now: readable (see
	 * readableFrame) while it shows the levels the explorer chose and no node is selected; else
	 * fitted, and on the selected node at a size that can be read.
	 */
	#frameOpening(duration: number): void {
		const explorer = this.#explorer;
		const { head, packed, selected } = explorer;
		const { bounds } = head;
		const focus = selected && nodeCentre(packed, selected);
		if (this.#readable && explorer.link.expanded === undefined && !focus) {
			const anchorX = openingAnchor(packed);
			const { w: w0, h: h0 } = this.stageSize();
			return this.#frameAt((w, h) => reopenedFrame(bounds, w, h, [w0, h0], { anchorX }), duration);
		}
		this.#frameAt((w, h) => {
			const fitted = fitViewport(bounds, w, h);
			if (!focus) return fitted;
			return centreOn({ ...fitted, k: Math.max(fitted.k, READABLE_ZOOM) }, focus.x, focus.y, w, h);
		}, duration);
	}

	/** Moves just enough to bring a node wholly into view, if it is not. */
	keepInView(id: string): void {
		const explorer = this.#explorer;
		const node = packedNode(explorer.packed, id);
		if (!node) return;
		const { w, h } = this.stageSize();
		const seen = visibleBox(explorer.viewport, w, h);
		const inside =
			node.x - node.width / 2 >= seen.x &&
			node.x + node.width / 2 <= seen.x + seen.width &&
			node.y - node.height / 2 >= seen.y &&
			node.y + node.height / 2 <= seen.y + seen.height;
		if (!inside) this.#panZoom.set(centreOn(explorer.viewport, node.x, node.y, w, h), 300);
	}

	/** Centres a node of the current Scene, as a search jump does; nothing for a node not drawn. */
	showNode(id: string, duration = 400): void {
		const explorer = this.#explorer;
		const node = packedNode(explorer.packed, id);
		const { w, h } = this.stageSize();
		// Zoomed in to where its label can be read, however far out the chart was.
		const k = Math.max(explorer.viewport.k, READABLE_ZOOM);
		if (node) this.#panZoom.set(centreOn({ ...explorer.viewport, k }, node.x, node.y, w, h), duration);
	}

	/** Moves to a camera (e.g. an address's) in the stage as it is now. */
	showCamera(camera: Camera, duration = 300): void {
		const { w, h } = this.stageSize();
		this.#panZoom.set(viewportOf(camera, w, h), duration);
	}

	/** Chooses the explorer's frame again for a stage now `size`, unless the chart was moved since. */
	#reframe(size: string): void {
		const frame = this.#frame;
		// A turned screen is framed afresh once its new layout is in (see turn).
		if (!frame || this.#reopen || frame.size === size || this.#panZoom.moves !== this.#frameMoves) return;
		this.#frameAt(frame.rule, 0);
	}

	/**
	 * Moves to a viewport the explorer chose by itself, so the address keeps no camera for it; the
	 * rule is kept to choose again when the stage is resized.
	 */
	#frameAt(rule: Frame, duration: number): void {
		// The stage as it is now: a turned screen's new size may not be reported yet.
		const { w, h } = this.stageSize();
		this.#framed = rule(w, h);
		this.#frame = { rule, size: `${w}×${h}` };
		this.#panZoom.set(this.#framed, duration);
		this.#frameMoves = this.#panZoom.moves;
	}
}
