/**
 * How many pages a tiled PDF of a Scene comes to, and how many it may: the server's PDF export
 * and the Export dialog (which says before the download when a tiling is past the limit) count
 * them by the same rules, before anything is drawn.
 */
import type { Text } from '#lib/model/types.js';
import type { SceneHead } from '#lib/scene/types.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { optionsFrame } from './page-frame.js';
import { pageSize } from './readable.js';
import { PAGE_MARGIN } from './page-layout.js';

/** How much neighbouring tiles repeat of each other, in points (about 12.7 mm). */
export const TILE_OVERLAP = 36;
/** Scene units are CSS px; a CSS px is 0.75 pt. */
export const PT_PER_PX = 0.75;

/**
 * The most pages a tiled PDF may have. A poster of 500 A4 sheets covers some 30 m², past any
 * wall it would be glued on; the built-in chart, expanded, takes 9 A4 pages at 1× and reaches
 * 500 at 8.1×. Pages cost time and memory whatever they hold: 7,308 of them (the built-in chart
 * at 32×) took 7.7 s and 30 MB, and a 9,000-node chart (1,292 pages at 1×) ran past the 60 s a
 * task may take with 500 MB more memory, holding the server's only drawing thread; 483 pages
 * of it take 3 s and 150 MB.
 */
export const MAX_PDF_PAGES = 500;

/**
 * The grid of pages a frame `width` × `height` (scene units) is tiled onto at `scale` on `pw` ×
 * `ph` pt pages; a scale that is not a positive number is refused.
 */
export function tileGrid(
	{ width, height }: { width: number; height: number },
	{ pw, ph, scale }: { pw: number; ph: number; scale: number }
): { cols: number; rows: number } {
	if (!(scale > 0) || !Number.isFinite(scale))
		throw new RangeError(`PDF scale must be a positive number, got ${scale}`);
	const s = PT_PER_PX * scale;
	const stepW = pw - 2 * PAGE_MARGIN - TILE_OVERLAP;
	const stepH = ph - 2 * PAGE_MARGIN - TILE_OVERLAP;
	return {
		cols: Math.max(1, Math.ceil((width * s - TILE_OVERLAP) / stepW)),
		rows: Math.max(1, Math.ceil((height * s - TILE_OVERLAP) / stepH))
	};
}

/** How many pages a tiled PDF of the Scene has with these options (their paper, orientation, scale, frame). */
export function pdfTilePages(scene: SceneHead, options: ExportOptions = {}): number {
	const {
		scale = DEFAULT_EXPORT_OPTIONS.scale,
		paper = DEFAULT_EXPORT_OPTIONS.paper,
		orientation = DEFAULT_EXPORT_OPTIONS.orientation
	} = options;
	const [pw, ph] = pageSize(paper, orientation);
	const { cols, rows } = tileGrid(optionsFrame(scene, options), { pw, ph, scale });
	return cols * rows;
}

/**
 * The largest scale, in tenths, below the options' own at which the tiled PDF keeps to
 * {@link MAX_PDF_PAGES}; 0 when none does (the pages grow with the scale, so halving finds it).
 */
export function largestPdfTileScale(scene: SceneHead, options: ExportOptions = {}): number {
	const fits = (tenths: number) => pdfTilePages(scene, { ...options, scale: tenths / 10 }) <= MAX_PDF_PAGES;
	let lo = 0;
	let hi = Math.ceil((options.scale ?? DEFAULT_EXPORT_OPTIONS.scale) * 10);
	// lo fits (or is 0); hi does not, or is the scale asked for.
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (fits(mid)) lo = mid;
		else hi = mid;
	}
	return lo / 10;
}

/**
 * Why a tiled PDF may not be made with these options, for the API's answer, in both languages (as
 * the PNG's); null when it may.
 */
export function pdfTileRefusal(scene: SceneHead, options: ExportOptions = {}): Text | null {
	const pages = pdfTilePages(scene, options);
	if (pages <= MAX_PDF_PAGES) return null;
	const largest = largestPdfTileScale(scene, options);
	return {
		zh: `分页拼接的 PDF 按此比例将有 ${pages} 页（最多 ${MAX_PDF_PAGES} 页）；请用 ${largest ? `scale=${largest} 或更小的比例、` : ''}tiling=readable 或 fit，或更大的纸张`,
		en: `A tiled PDF at this scale would have ${pages} pages (at most ${MAX_PDF_PAGES}); use ${largest ? `scale=${largest} or less, ` : ''}tiling=readable or fit, or a larger paper`
	};
}
