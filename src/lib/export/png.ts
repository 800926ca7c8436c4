import { renderAsync } from '@resvg/resvg-js';
import { create, type Font } from 'fontkit';
import type { Scene } from '#lib/scene/types.js';
import { glyphOutliner } from './glyph-outliner.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { pageFrame } from './page-frame.js';
import { arrowInBand, imageBands, sceneInBand, svgBand, type Band } from './png-bands.js';
import { PngWriter, unpremultiply } from './png-encode.js';
import { svgMarkup } from './svg.js';

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

/** The longest side a PNG may have; past it the image would not fit in memory of a browser tab either. */
export const MAX_PNG_SIDE = 32_000;
/** The most pixels one PNG may hold (about 1 GB of RGBA while rendering). */
export const MAX_PNG_PIXELS = 268_000_000;

/**
 * The most pixels drawn at once. A larger image is drawn in bands of whole rows, each with only
 * the nodes and lines that reach it, and written to the PNG as it goes (see png-encode.ts), so a
 * 16,000 px chart never holds its 600 MB pixmap whole. It is not faster: the time follows the pixels.
 */
export const BAND_PIXELS = 16_000_000;

/** resvg's options for a band: its SVG is sized in pixels already. */
const RENDER = {
	font: { loadSystemFonts: false },
	shapeRendering: 2,
	textRendering: 1,
	logLevel: 'off'
} as const;

/** The pixel size a Scene renders at for a scale, with the same frame as the SVG. */
export function pngSize(scene: Scene, options: ExportOptions = {}): { width: number; height: number } {
	const {
		title = scene.title,
		sourceLine = scene.sourceLine,
		margin = DEFAULT_EXPORT_OPTIONS.margin,
		scale = DEFAULT_EXPORT_OPTIONS.scale
	} = options;
	const frame = pageFrame(scene, title, sourceLine, margin);
	return { width: Math.round(frame.width * scale), height: Math.round(frame.height * scale) };
}

/**
 * Rasterises the Scene's SVG, its text drawn as outlines of `font`, with resvg (a Rust renderer
 * shipped as a prebuilt binary in its npm package) at `scale` (1, 2, 4 or any positive number). It draws the whole vector scene at the
 * target size, so large charts come out sharp and complete up to {@link MAX_PNG_SIDE} pixels on
 * the long side; beyond that it refuses with a clear message instead of returning a cut image.
 * `background: 'transparent'` leaves the background empty.
 */
export async function exportPng(scene: Scene, options: PngOptions): Promise<Uint8Array> {
	const { scale = DEFAULT_EXPORT_OPTIONS.scale, font, signal } = options;
	if (!(scale > 0) || !Number.isFinite(scale))
		throw new RangeError(`PNG scale must be a positive number, got ${scale}`);
	const { width, height } = pngSize(scene, options);
	if (Math.max(width, height) > MAX_PNG_SIDE || width * height > MAX_PNG_PIXELS) {
		throw new RangeError(
			`A ${width} × ${height} px PNG is too large (at most ${MAX_PNG_SIDE} px on a side and ${MAX_PNG_PIXELS} pixels); use a smaller scale, SVG or PDF`
		);
	}
	if (width * height > (options.bandPixels ?? BAND_PIXELS))
		return exportBands(scene, { ...options, scale }, width, height);
	const svg = svgMarkup(scene, options, { text: glyphOutliner(parseFont(font)) });
	const image = await renderAsync(
		svg,
		{
			fitTo: { mode: 'zoom', value: scale },
			font: { loadSystemFonts: false },
			shapeRendering: 2,
			textRendering: 1,
			logLevel: 'off'
		},
		signal ?? null
	);
	return new Uint8Array(image.asPng());
}

/**
 * A large PNG drawn band by band, each band culled to what reaches it and encoded as it comes:
 * the next band is drawn on Node's thread pool while this one is compressed on another thread.
 */
async function exportBands(
	scene: Scene,
	options: PngOptions & { scale: number },
	width: number,
	height: number
) {
	const { scale, font, signal, title = scene.title, sourceLine = scene.sourceLine } = options;
	const frame = pageFrame(scene, title, sourceLine, options.margin ?? DEFAULT_EXPORT_OPTIONS.margin);
	const transparent = (options.background ?? DEFAULT_EXPORT_OPTIONS.background) === 'transparent';
	const draw = (band: Band) => {
		const top = band.top / scale - frame.dy;
		const bottom = top + band.rows / scale;
		const extras = {
			text: glyphOutliner(parseFont(font)),
			arrowAt: (_: number, y: number) => arrowInBand(y, top, bottom)
		};
		const svg = svgBand(svgMarkup(sceneInBand(scene, top, bottom), options, extras), width, band, scale);
		const drawn = renderAsync(svg, RENDER, signal ? bandSignal(signal) : null);
		// Awaited only after the band before it is written; a failure meanwhile is not unhandled.
		drawn.catch(() => undefined);
		return drawn;
	};
	const bands = imageBands(width, height, options.bandPixels ?? BAND_PIXELS);
	const writer = new PngWriter(width, height);
	let next = draw(bands[0]);
	for (let i = 0; i < bands.length; i++) {
		const image = await next;
		if (i + 1 < bands.length) next = draw(bands[i + 1]);
		const pixels = image.pixels;
		await writer.rows(transparent ? unpremultiply(pixels) : pixels);
	}
	return writer.end();
}

/**
 * A signal of its own for one band that aborts with `signal`: resvg-js takes hold of the signal
 * it is given (napi wraps it), and refuses one already held by another band ("InvalidArg").
 */
function bandSignal(signal: AbortSignal): AbortSignal {
	const own = new AbortController();
	if (signal.aborted) own.abort(signal.reason);
	else signal.addEventListener('abort', () => own.abort(signal.reason), { once: true });
	return own.signal;
}
