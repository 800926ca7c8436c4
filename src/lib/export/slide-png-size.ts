/**
 * The sizes of slide-sized PNGs, apart from their renderer (which runs on the server only), so
 * the Export dialog can say in pixels how large their text comes out.
 */
import type { PngSize } from './options.js';

/** Width in pixels of each slide-sized PNG; the height is 9/16 of it. */
export const SLIDE_PNG_WIDTH: Record<PngSize, number> = { '1920x1080': 1920, '3840x2160': 3840 };
