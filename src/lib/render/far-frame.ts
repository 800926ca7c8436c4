/**
 * The far-out frame of the canvas: when boxes are a few pixels or less, the frame is written as
 * pixels (see raster.ts) rather than rasterised from paths, and while the view moves near the
 * last frame written, that frame is scaled and moved into place until the view rests. A new Scene
 * whose pixels would be the same (a selection's) keeps the frame (see same-pixels.ts), and so
 * does a canvas made smaller at the same view.
 */
import type { PackedScene } from '#lib/scene/pack-scene.js';
import { rasterScene } from './raster.js';
import { samePixels } from './same-pixels.js';
import type { Viewport } from '#lib/scene/viewport.js';

/** The height of the smallest box, in chart units. */
const SMALLEST_BOX = 48;
/** When the smallest box is less than this many device pixels high, the frame is written as pixels. */
const PIXELS_BELOW_PX = 4;
/** The kept frame stands in while the view stays within this factor of its zoom. */
const STAND_IN_ZOOM = 1.6;
/** How long the view rests before the kept frame's pixels are written anew, in ms. */
const SETTLE_MS = 150;

/** Whether a frame at zoom `k` on a screen of `ratio` device pixels per pixel is written as pixels. */
export function isFar(k: number, ratio: number): boolean {
	return SMALLEST_BOX * k * ratio < PIXELS_BELOW_PX;
}

/** The last far-out frame: its pixels, the bitmap they were put into, and what they show. */
interface Still {
	bitmap: HTMLCanvasElement;
	image: ImageData;
	packed: PackedScene;
	view: Viewport;
	ratio: number;
}

/**
 * Draws far-out frames on one canvas, keeping the last one to stand in while the view moves.
 * `onsettle` is called when the view has rested after a stand-in: the frame should be drawn again.
 */
export class FarFrame {
	#still: Still | null = null;
	#settle: ReturnType<typeof setTimeout> | undefined;
	/** The kept frame's view has moved on: the next far frame is written anew. */
	#stale = false;
	readonly #canvas: HTMLCanvasElement;
	readonly #onsettle: () => void;

	constructor(canvas: HTMLCanvasElement, onsettle: () => void) {
		this.#canvas = canvas;
		this.#onsettle = onsettle;
	}

	/**
	 * The kept frame's pixels and bitmap, made anew when the canvas changes size. Made ahead of
	 * need while a large chart's Scene is still being built, not on the way to the first picture.
	 */
	buffers(ctx: CanvasRenderingContext2D, packed: PackedScene, view: Viewport, ratio: number): Still {
		const { width: w, height: h } = this.#canvas;
		const still = this.#still;
		if (still?.bitmap.width === w && still.bitmap.height === h) return still;
		const bitmap = document.createElement('canvas');
		bitmap.width = w;
		bitmap.height = h;
		return (this.#still = { bitmap, image: ctx.createImageData(w, h), packed, view, ratio });
	}

	/** Draws a far-out frame of `packed` at `view`, on `background`. */
	draw(
		ctx: CanvasRenderingContext2D,
		packed: PackedScene,
		view: Viewport,
		ratio: number,
		background: string
	): void {
		const { k, x, y } = view;
		const { width: w, height: h } = this.#canvas;
		this.cancel();
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		const still = this.#still;
		// A canvas made smaller (a panel opening beside the chart) shows part of the kept frame:
		// at the same view, its pixels are the ones a new frame would have.
		const kept =
			still &&
			still.ratio === ratio &&
			still.bitmap.width >= w &&
			still.bitmap.height >= h &&
			samePixels(still.packed, packed)
				? Object.assign(still, { packed })
				: null;
		if (kept && kept.view.k === k && kept.view.x === x && kept.view.y === y) {
			ctx.drawImage(kept.bitmap, 0, 0);
			return;
		}
		if (kept && !this.#stale && Math.max(k / kept.view.k, kept.view.k / k) < STAND_IN_ZOOM) {
			const s = k / kept.view.k;
			ctx.fillStyle = background;
			ctx.fillRect(0, 0, w, h);
			ctx.setTransform(s, 0, 0, s, ratio * (x - kept.view.x * s), ratio * (y - kept.view.y * s));
			ctx.drawImage(kept.bitmap, 0, 0);
			this.#settle = setTimeout(() => {
				this.#stale = true;
				this.#onsettle();
			}, SETTLE_MS);
			return;
		}
		const buffers = this.buffers(ctx, packed, view, ratio);
		rasterScene(packed, view, ratio, buffers.image);
		buffers.bitmap.getContext('2d')!.putImageData(buffers.image, 0, 0);
		Object.assign(buffers, { packed, view, ratio });
		this.#stale = false;
		ctx.drawImage(buffers.bitmap, 0, 0);
	}

	/** Stops waiting for the view to rest. */
	cancel(): void {
		clearTimeout(this.#settle);
	}
}
