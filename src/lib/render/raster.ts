/**
 * The far-out picture of a packed Scene, drawn straight into RGBA pixels. When boxes are a few
 * pixels or less, rasterising a hundred thousand rectangles and lines as canvas paths costs
 * a fifth of a second a frame; writing the pixels they cover costs a few milliseconds. Every box
 * in view covers at least one pixel in its fill colour, and every line in view its pixels
 * along the route, faded by how much of a pixel its width covers, so the shape of the whole
 * chart stays visible where boxes and labels could not be read.
 */
import { rgb } from 'd3-color';
import { NODE_NUMBERS, type PackedScene } from '#lib/scene/pack-scene.js';
import type { Viewport } from '#lib/scene/viewport.js';

/** Pixels to draw into: RGBA bytes, row by row, as in an `ImageData`. */
export interface PixelTarget {
	data: Uint8ClampedArray;
	width: number;
	height: number;
}

/** How opaque a dimmed box or line is, as on the canvas at closer zoom. */
const DIM_BOX = 0.3;
const DIM_LINE = 0.2;

/** Red, green, blue and opacity (0–256, in 256ths) of a CSS colour: integers, cheap to blend. */
type Paint = [number, number, number, number];

function paint(colour: string, opacity: number): Paint {
	const c = rgb(colour);
	return [c.r, c.g, c.b, Math.round(opacity * 256)];
}

/** Moves the pixel whose red byte is at `p` towards `look` by its opacity. */
function blend(data: Uint8ClampedArray, p: number, look: Paint): void {
	const a = look[3];
	data[p] += ((look[0] - data[p]) * a) >> 8;
	data[p + 1] += ((look[1] - data[p + 1]) * a) >> 8;
	data[p + 2] += ((look[2] - data[p + 2]) * a) >> 8;
}

/**
 * One straight piece of a line from (x0, y0) to (x1, y1) in pixels, a pixel per step along its
 * longer axis; the last pixel is left to the next piece, whose first pixel it is.
 */
function segment(target: PixelTarget, x0: number, y0: number, x1: number, y1: number, look: Paint): void {
	const { data, width, height } = target;
	if (
		(x0 < 0 && x1 < 0) ||
		(y0 < 0 && y1 < 0) ||
		(x0 >= width && x1 >= width) ||
		(y0 >= height && y1 >= height)
	)
		return;
	const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
	const dx = (x1 - x0) / steps;
	const dy = (y1 - y0) / steps;
	for (let s = 0; s < steps; s++) {
		const x = Math.floor(x0 + dx * s);
		const y = Math.floor(y0 + dy * s);
		if (x >= 0 && y >= 0 && x < width && y < height) blend(data, (y * width + x) * 4, look);
	}
}

/**
 * Draws the Scene's boxes and lines that meet the view into `target`, whose pixels are the
 * viewport's screen at `ratio` device pixels per CSS pixel. Lines first, boxes over them. It
 * reads the packed arrays alone, so a chart's first far-out frame need not wait for the lookups
 * `packedIndex` makes.
 */
export function rasterScene(packed: PackedScene, view: Viewport, ratio: number, target: PixelTarget): void {
	const { data, width, height } = target;
	const [br, bg, bb] = paint(packed.head.theme.background, 1);
	for (let p = 0; p < 4; p++) data[p] = [br, bg, bb, 255][p];
	// The first pixel's four bytes, copied over the rest as one 32-bit word each.
	new Uint32Array(data.buffer, data.byteOffset, width * height).fill(
		new Uint32Array(data.buffer, data.byteOffset, 1)[0]
	);
	const k = view.k * ratio;
	const ox = view.x * ratio;
	const oy = view.y * ratio;
	// Lines: each segment stepped a pixel at a time along its longer axis. The canvas draws a
	// line no thinner than its width at a quarter zoom: its share of a pixel is its opacity here.
	const lineLooks = packed.edgeStyles.map((s) => {
		const cover = Math.min(1, (s.width * k) / Math.max(view.k, 0.25));
		return paint(s.color, (s.emphasis === 'dim' ? DIM_LINE : 1) * Math.max(cover, 0.15));
	});
	const { points, edgeStyle, pointCounts } = packed;
	for (let e = 0, start = 0; e < edgeStyle.length; start += pointCounts[e++]) {
		const look = lineLooks[edgeStyle[e]];
		for (let p = start; p + 3 < start + pointCounts[e]; p += 2)
			segment(
				target,
				points[p] * k + ox,
				points[p + 1] * k + oy,
				points[p + 2] * k + ox,
				points[p + 3] * k + oy,
				look
			);
	}

	// Boxes: every pixel a box covers, and at least the one its centre falls in. An opaque box's
	// rows are filled as 32-bit words, the four bytes of its colour in pixel order.
	const boxLooks = packed.nodeStyles.map((s) => paint(s.fill, s.emphasis === 'dim' ? DIM_BOX : 1));
	const word = new Uint8ClampedArray(4);
	const words = boxLooks.map(([r, g, b]) => {
		word.set([r, g, b, 255]);
		return new Uint32Array(word.buffer)[0];
	});
	const pixels = new Uint32Array(data.buffer, data.byteOffset, width * height);
	const n = packed.nodeNumbers;
	for (let i = 0, o = 0; i < packed.nodeStyle.length; i++, o += NODE_NUMBERS) {
		const cx = n[o] * k + ox;
		const cy = n[o + 1] * k + oy;
		const hw = (n[o + 2] * k) / 2;
		const hh = (n[o + 3] * k) / 2;
		if (cx + hw < 0 || cx - hw >= width || cy + hh < 0 || cy - hh >= height) continue;
		const style = packed.nodeStyle[i];
		const look = boxLooks[style];
		const [x0, y0, x1, y1] = boxPixels(target, cx, cy, hw, hh);
		if (look[3] === 256)
			for (let y = y0; y <= y1; y++) pixels.fill(words[style], y * width + x0, y * width + x1 + 1);
		else for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) blend(data, (y * width + x) * 4, look);
	}
}

/**
 * The pixels a box centred on (`cx`, `cy`), `hw` and `hh` half its sides, covers in `target`:
 * first and last column and row, at least the one pixel its centre falls in, clipped to the
 * target; for a box that meets the target (one wholly outside gives its edge's pixels).
 */
export function boxPixels(
	target: Pick<PixelTarget, 'width' | 'height'>,
	cx: number,
	cy: number,
	hw: number,
	hh: number
): [number, number, number, number] {
	const { width, height } = target;
	const x0 = Math.max(0, Math.floor(cx - hw));
	const y0 = Math.max(0, Math.floor(cy - hh));
	return [
		x0,
		y0,
		Math.min(width - 1, Math.max(x0, Math.ceil(cx + hw) - 1)),
		Math.min(height - 1, Math.max(y0, Math.ceil(cy + hh) - 1))
	];
}
