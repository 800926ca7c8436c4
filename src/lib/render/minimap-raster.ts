/**
 * The minimap's overview of a packed Scene, written straight into RGBA pixels: every box in its
 * kind's colour, at least a pixel. Drawn as a canvas path per box, the overview of a million
 * nodes took ~450 ms on the page's thread the moment the minimap first showed (a pick zooms in);
 * written as pixels it is one pass of arithmetic.
 */
import { rgb } from 'd3-color';
import { NODE_NUMBERS, type PackedScene } from '#lib/scene/pack-scene.js';
import { boxPixels, type PixelTarget } from './raster.js';

/** How the chart sits in the minimap: its scale and offset, in CSS pixels. */
export interface MapPlace {
	scale: number;
	ox: number;
	oy: number;
}

/** How opaque a box is on the map, and a dimmed one. */
const BOX = 0.8;
const DIM_BOX = 0.25;

/**
 * Writes the boxes of `packed` into `target` (transparent where none is), placed by `place` at
 * `ratio` device pixels per CSS pixel; a later box over an earlier one.
 */
export function rasterMinimap(
	packed: Pick<PackedScene, 'nodeNumbers' | 'nodeStyle' | 'nodeStyles'>,
	place: MapPlace,
	ratio: number,
	target: PixelTarget
): void {
	const { width, height, data } = target;
	data.fill(0);
	const pixels = new Uint32Array(data.buffer, data.byteOffset, width * height);
	const bytes = new Uint8ClampedArray(4);
	const words = packed.nodeStyles.map((style) => {
		const c = rgb(style.stroke);
		bytes.set([c.r, c.g, c.b, Math.round(255 * (style.emphasis === 'dim' ? DIM_BOX : BOX))]);
		return new Uint32Array(bytes.buffer)[0];
	});
	const k = place.scale * ratio;
	const [ox, oy] = [place.ox * ratio, place.oy * ratio];
	const n = packed.nodeNumbers;
	for (let i = 0, o = 0; i < packed.nodeStyle.length; i++, o += NODE_NUMBERS) {
		const hw = Math.max(ratio, n[o + 2] * k) / 2;
		const hh = Math.max(ratio, n[o + 3] * k) / 2;
		const cx = n[o] * k + ox;
		const cy = n[o + 1] * k + oy;
		if (cx + hw < 0 || cx - hw >= width || cy + hh < 0 || cy - hh >= height) continue;
		const [x0, y0, x1, y1] = boxPixels(target, cx, cy, hw, hh);
		const word = words[packed.nodeStyle[i]];
		for (let y = y0; y <= y1; y++) pixels.fill(word, y * width + x0, y * width + x1 + 1);
	}
}
