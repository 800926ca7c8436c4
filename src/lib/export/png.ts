import { createCanvas } from '@napi-rs/canvas';
import { create, type Font } from 'fontkit';
import type { Scene } from '#lib/scene/types.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { optionsFrame } from './page-frame.js';
import { largestPngScale, MAX_PNG_PIXELS, MAX_PNG_SIDE, pngFits, pngSize } from './png-size.js';
import { ExportQueryError } from './export-query.js';
import { bandCuller, imageBands } from './png-bands.js';
import { drawPage, useFont } from './png-canvas.js';
import { PngWriter, unpremultiply } from './png-encode.js';

/** PNG needs the bytes of the font it draws text with, and can be cancelled. */
export interface PngOptions extends ExportOptions {
	/** An OpenType or TrueType font covering CJK: the bundled Noto Sans CJK SC. */
	font: Uint8Array;
	signal?: AbortSignal;
	/** Past this many pixels the image is drawn in bands ({@link BAND_PIXELS}); for tests. */
	bandPixels?: number;
}

/** Parsed fonts by their bytes, so repeated exports do not parse the same 16 MB again. */
const parsed = new WeakMap<Uint8Array, Font>();

/** The font parsed by fontkit; a collection is refused, since which face to use would be a guess. */
export function parseFont(bytes: Uint8Array): Font {
	let font = parsed.get(bytes);
	if (!font) {
		const result = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
		if (!('layout' in result)) throw new TypeError('The PNG font must be a single font, not a collection');
		font = result;
		parsed.set(bytes, font);
	}
	return font;
}

/**
 * The most pixels drawn at once. A larger image is drawn in bands of whole rows, each with only
 * the nodes and lines that reach it, on one canvas reused band after band, and written to the PNG
 * as it goes (see png-encode.ts), so a 16,000 px chart never holds its 600 MB of pixels whole.
 * Larger bands measured faster (fewer reads of the canvas: 20 bands took 7.0 CPU s, 77 took 14.4).
 */
export const BAND_PIXELS = 16_000_000;

/**
 * Draws the Scene on a Skia canvas (@napi-rs/canvas, a prebuilt binary in its npm package), its
 * text in `font`, at `scale` (1, 2, 4 or any positive number), the same marks as the SVG export
 * (png-canvas.ts). Large charts come out sharp and complete up to {@link MAX_PNG_SIDE} pixels on
 * the long side; beyond that it refuses with a clear message instead of returning a cut image.
 * The image is drawn in bands of rows while the bands before are compressed on Node's thread
 * pool. `background: 'transparent'` leaves the background empty.
 */
export async function exportPng(scene: Scene, options: PngOptions): Promise<Uint8Array> {
	const { scale = DEFAULT_EXPORT_OPTIONS.scale, font, signal } = options;
	if (!(scale > 0) || !Number.isFinite(scale))
		throw new RangeError(`PNG scale must be a positive number, got ${scale}`);
	const { width, height } = pngSize(scene, options);
	if (!pngFits({ width, height })) {
		const largest = largestPngScale(scene, options);
		const zh = largest ? `scale=${largest} 或更小的比例、` : '';
		throw new ExportQueryError({
			zh: `PNG 将有 ${width} × ${height} 像素，超过上限（每边 ${MAX_PNG_SIDE} 像素、共 ${MAX_PNG_PIXELS} 像素）；请用 ${zh}幻灯片尺寸（size=1920x1080），或改用 SVG、PDF`,
			en: `A ${width} × ${height} px PNG is too large (at most ${MAX_PNG_SIDE} px on a side and ${MAX_PNG_PIXELS} pixels); use ${largest ? `scale=${largest} or less, ` : ''}a slide size (size=1920x1080), SVG or PDF`
		});
	}
	useFont(font);
	const frame = optionsFrame(scene, options);
	const themed = (options.background ?? DEFAULT_EXPORT_OPTIONS.background) === 'theme';
	const bands = imageBands(width, height, options.bandPixels ?? BAND_PIXELS);
	const canvas = createCanvas(width, bands[0].rows);
	const ctx = canvas.getContext('2d');
	const writer = new PngWriter(width, height);
	const inBand = bandCuller(scene);
	let written: Promise<void> = Promise.resolve();
	for (const band of bands) {
		// A turn of the event loop between bands lets a cancellation arrive.
		await new Promise(setImmediate);
		signal?.throwIfAborted();
		// A reset drops the band before from the canvas's recording: cleared any other way, the
		// recording kept every band and Skia copied the whole canvas to draw the next (+50 % time).
		ctx.reset();
		ctx.setTransform(scale, 0, 0, scale, 0, -band.top);
		const top = band.top / scale - frame.dy;
		drawPage(ctx, { scene: inBand(top, top + band.rows / scale), frame, themed });
		const pixels = canvas.data().subarray(0, band.rows * width * 4);
		// The band before is compressed while this one is drawn; at most one waits.
		await written;
		written = writer.rows(themed ? pixels : unpremultiply(pixels));
		// The writer has copied the rows; detaching the buffer frees its 64 MB now rather than at
		// some later garbage collection (peak memory of the 10k chart: +430 → +270 MB).
		(pixels.buffer as ArrayBuffer).transfer(0);
	}
	await written;
	signal?.throwIfAborted();
	return writer.end();
}
