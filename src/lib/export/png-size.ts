/**
 * How large a PNG of a Scene comes out, and how large one may be: the server's PNG export and the
 * Export dialog (which says before the download when a size is past the limit) read the same rules.
 */
import type { SceneHead } from '#lib/scene/types.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { optionsFrame } from './page-frame.js';

/** The longest side a PNG may have; past it the image would not fit in memory of a browser tab either. */
export const MAX_PNG_SIDE = 32_000;
/** The most pixels one PNG may hold (about 1 GB of RGBA while rendering). */
export const MAX_PNG_PIXELS = 268_000_000;

/** The pixel size a Scene renders at for a scale, with the same frame as the SVG. */
export function pngSize(scene: SceneHead, options: ExportOptions = {}): { width: number; height: number } {
	const { scale = DEFAULT_EXPORT_OPTIONS.scale } = options;
	const frame = optionsFrame(scene, options);
	return { width: Math.round(frame.width * scale), height: Math.round(frame.height * scale) };
}

/** Whether a PNG of this size may be made. */
export function pngFits({ width, height }: { width: number; height: number }): boolean {
	return Math.max(width, height) <= MAX_PNG_SIDE && width * height <= MAX_PNG_PIXELS;
}

/** The largest scale, in tenths, at which a PNG of the Scene may be made; 0 when none. */
export function largestPngScale(scene: SceneHead, options: ExportOptions = {}): number {
	const one = pngSize(scene, { ...options, scale: 1 });
	const most = Math.min(
		MAX_PNG_SIDE / Math.max(one.width, one.height),
		Math.sqrt(MAX_PNG_PIXELS / (one.width * one.height))
	);
	// From just above the bound the size at scale 1 gives, rounded as the sizes are.
	for (let tenths = Math.floor(most * 10) + 1; tenths > 0; tenths--)
		if (pngFits(pngSize(scene, { ...options, scale: tenths / 10 }))) return tenths / 10;
	return 0;
}
