/**
 * Draws a packed Scene on a canvas: the whole frame, at the device's pixel ratio, culled to the
 * view; far out, as pixels (see far-frame.ts). A request for the picture drawn already draws nothing.
 */
import type { PackedScene } from '#lib/scene/pack-scene.js';
import { packedIndex } from '#lib/scene/packed-index.js';
import type { ThemeTokens } from '#lib/scene/types.js';
import { visibleBox, type Viewport } from '#lib/scene/viewport.js';
import { drawEdges } from './draw-edges.js';
import { drawNodes } from './draw-nodes.js';
import { FarFrame, isFar } from './far-frame.js';

/** Everything a frame shows. */
export interface CanvasFrame {
	packed: PackedScene;
	viewport: Viewport;
	/** The canvas's size in CSS pixels. */
	width: number;
	height: number;
	/** Device pixels per CSS pixel. */
	ratio: number;
	/** The selected node's id. */
	selected: string | null;
	theme: ThemeTokens;
}

/** What decides whether two frames are the same picture. */
function picture(frame: CanvasFrame): unknown[] {
	return [frame.packed, frame.viewport, frame.width, frame.height, frame.ratio, frame.selected, frame.theme];
}

/** Draws frames on one canvas; see the module comment. */
export class CanvasRenderer {
	readonly #canvas: HTMLCanvasElement;
	readonly #far: FarFrame;
	/** What the last frame showed. */
	#drawn: unknown[] = [];
	#last: CanvasFrame | null = null;

	constructor(canvas: HTMLCanvasElement) {
		this.#canvas = canvas;
		// Once the view rests after a stand-in, the same frame is written anew.
		this.#far = new FarFrame(canvas, () => {
			this.#drawn = [];
			if (this.#last) this.draw(this.#last);
		});
	}

	/** Draws a frame; false when it was the picture shown already, or the canvas cannot draw. */
	draw(frame: CanvasFrame): boolean {
		const showing = picture(frame);
		if (showing.every((v, i) => v === this.#drawn[i])) return false;
		const ctx = this.#fit(frame);
		if (!ctx) return false;
		this.#drawn = showing;
		this.#last = frame;
		const { packed, viewport, width, height, ratio, theme } = frame;
		const { k, x, y } = viewport;
		const view = visibleBox(viewport, width, height);
		const far = isFar(k, ratio);
		if (far) this.#far.draw(ctx, packed, viewport, ratio, theme.background);
		else {
			ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
			ctx.fillStyle = theme.background;
			ctx.fillRect(0, 0, width, height);
		}
		ctx.setTransform(ratio * k, 0, 0, ratio * k, ratio * x, ratio * y);
		if (!far) drawEdges(ctx, packed, packedIndex(packed), view, k, theme.background);
		drawNodes(ctx, packed, { view, k, fill: !far, selected: frame.selected, theme });
		// Drawn while a large chart's Scene is still being built: the far-out frame's buffers
		// are made now, not on the way to the first picture.
		if (!packed.nodeStyle.length) this.#far.buffers(ctx, packed, viewport, ratio);
		return true;
	}

	/** Stops the timers of the far-out frame; call when the canvas goes. */
	dispose(): void {
		this.#far.cancel();
	}

	/** Sizes the canvas to the frame in device pixels and gives its context. */
	#fit({ width, height, ratio }: CanvasFrame): CanvasRenderingContext2D | null {
		const canvas = this.#canvas;
		if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
		if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
		return canvas.getContext('2d');
	}
}
