/**
 * Options every exporter understands. Each exporter destructures what it uses with defaults from
 * {@link DEFAULT_EXPORT_OPTIONS}, so one object from the Export dialog or the URL fits them all.
 */

/** Paper sizes for PDF pages. `slide` is 16:9 (13.333 in × 7.5 in, as PowerPoint's default). */
export type Paper = 'a4' | 'a3' | 'slide';

/** Page orientation. */
export type Orientation = 'landscape' | 'portrait';

/**
 * `readable` cuts the chart into pages as `slides: 'readable'` does; `fit` shrinks the drawing
 * onto one page; `tile` keeps its size and spreads it over pages.
 */
export type Tiling = 'readable' | 'fit' | 'tile';

/** `transparent` leaves the background empty (SVG, PNG); `theme` paints the theme's background. */
export type Background = 'transparent' | 'theme';

/**
 * `readable` puts the chart on one slide (or page) when its text is readable there, else cuts it
 * into an overview and its branches; `single` keeps one slide whatever the text comes to;
 * `branches` always gives an overview and the branches.
 */
export type SlideMode = 'readable' | 'single' | 'branches';

/**
 * A PNG the size of a 16:9 slide, full HD or 4K, its text at a slide's readable sizes; without
 * it a PNG is the chart's own size times `scale`.
 */
export type PngSize = '1920x1080' | '3840x2160';

/** What the Export dialog and the export API let a user set. */
export interface ExportOptions {
	/** Heading above the drawing; defaults to the Scene's title. '' leaves it out. */
	title?: string;
	/** "Source: …" footer line; defaults to the Scene's. '' leaves it out. */
	sourceLine?: string;
	/** Empty space around everything, in scene units. */
	margin?: number;
	/** Raster scale for PNG (1, 2, 4 or any positive number); drawing scale for tiled PDF pages. */
	scale?: number;
	paper?: Paper;
	orientation?: Orientation;
	background?: Background;
	tiling?: Tiling;
	slides?: SlideMode;
	size?: PngSize;
}

/** The defaults exporters fall back to. */
export const DEFAULT_EXPORT_OPTIONS = {
	margin: 32,
	scale: 1,
	paper: 'a4',
	orientation: 'landscape',
	background: 'theme',
	tiling: 'readable',
	slides: 'readable'
} as const satisfies ExportOptions;
