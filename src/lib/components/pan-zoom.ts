import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { ZOOM_EXTENT, type Viewport } from '#lib/scene/viewport.js';

/**
 * The one place d3-zoom is wired: wheel, drag, pinch and double-click on an element become
 * viewport values reported to `onChange`; Svelte renders the transform from state.
 */
export class PanZoom {
	#behavior: ZoomBehavior<Element, unknown>;
	#element: Element | null = null;
	#moves = 0;

	constructor(onChange: (viewport: Viewport) => void) {
		this.#behavior = zoom<Element, unknown>()
			.scaleExtent(ZOOM_EXTENT)
			.on('start', (event: { sourceEvent: unknown }) => {
				if (event.sourceEvent) this.#moves++;
			})
			.on('zoom', (event: { transform: Viewport }) => {
				const { k, x, y } = event.transform;
				onChange({ k, x, y });
			});
	}

	/** Attaches to an element; returns the detach function (a Svelte attachment). */
	attach = (element: Element): (() => void) => {
		this.#element = element;
		select(element).call(this.#behavior).on('dblclick.zoom', null);
		return () => {
			select(element).on('.zoom', null);
			this.#element = null;
		};
	};

	/**
	 * How many moves have been asked for so far (by code or by the reader's wheel, drag or pinch): a
	 * move decided a frame ago can see whether a newer one has come since, whose viewport it must not undo.
	 */
	get moves(): number {
		return this.#moves;
	}

	/** Moves to a viewport, animated over `duration` ms (0 jumps). */
	set(viewport: Viewport, duration = 0): void {
		if (!this.#element) return;
		this.#moves++;
		const target = zoomIdentity.translate(viewport.x, viewport.y).scale(viewport.k);
		const selection = select(this.#element);
		if (duration > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches)
			selection.transition().duration(duration).call(this.#behavior.transform, target);
		else selection.call(this.#behavior.transform, target);
	}

	/** Zooms by a factor around the element's centre, animated. */
	zoomBy(factor: number): void {
		if (!this.#element) return;
		this.#moves++;
		select(this.#element).transition().duration(200).call(this.#behavior.scaleBy, factor);
	}
}
