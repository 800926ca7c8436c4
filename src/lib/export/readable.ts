/**
 * What "readable" means for a page an export makes, and the scale a Scene must be drawn at to be
 * so. Scene type sizes are CSS px at zoom 1 (see `NODE_TYPE`); page sizes are PDF points.
 */
import { NODE_TYPE } from '#lib/scene/node-box.js';
import type { Scene } from '#lib/scene/types.js';
import type { Orientation, Paper } from './options.js';

/** A page a deck is planned for: its size and the smallest text it allows, all in points. */
export interface PageSpec {
	width: number;
	height: number;
	/** Smallest node name. */
	minName: number;
	/** Smallest kind caption, relation label, badge and legend text. */
	minCaption: number;
}

/** Relation labels are this share of the theme's font size, in every exporter. */
export const EDGE_LABEL_RATIO = 0.78;

/** Paper sizes in points, portrait: A4, A3, and a 16:9 slide (13.333 in × 7.5 in) on its side. */
const PAPER_POINTS: Record<Paper, [number, number]> = {
	a4: [595.28, 841.89],
	a3: [841.89, 1190.55],
	slide: [540, 960]
};

/** Projected text must be larger than printed text read at arm's length. */
const SLIDE_TEXT = { minName: 12, minCaption: 10 };
const PRINT_TEXT = { minName: 9, minCaption: 7 };

/** Page width and height in points for a paper and orientation. */
export function pageSize(paper: Paper, orientation: Orientation): [number, number] {
	const [w, h] = PAPER_POINTS[paper];
	return orientation === 'landscape' ? [h, w] : [w, h];
}

/**
 * The page spec of a paper: slides (and the `slide` paper of PDF) ask for 12 pt names and 10 pt
 * captions, printed A4 and A3 for 9 pt and 7 pt.
 * @example pageSpec('slide', 'landscape') // { width: 960, height: 540, minName: 12, minCaption: 10 }
 */
export function pageSpec(paper: Paper, orientation: Orientation): PageSpec {
	const [width, height] = pageSize(paper, orientation);
	return { width, height, ...(paper === 'slide' ? SLIDE_TEXT : PRINT_TEXT) };
}

/** The 16:9 PowerPoint slide. */
export const SLIDE_SPEC: PageSpec = pageSpec('slide', 'landscape');

/**
 * The smallest scale (points per scene unit) at which a Scene's names, kind captions and
 * relation labels all reach the spec's sizes.
 */
export function minScale(scene: Scene, spec: PageSpec): number {
	return Math.max(
		spec.minName / NODE_TYPE.fontSize,
		spec.minCaption / NODE_TYPE.kindSize,
		spec.minCaption / (scene.theme.fontSize * EDGE_LABEL_RATIO)
	);
}

/**
 * How large a page's text comes out, in points: its names and its smallest captions (kind
 * captions, relation labels), and whether they reach the readable sizes of the page's `spec`.
 */
export interface PageTextSizes {
	name: number;
	caption: number;
	readable: boolean;
	spec: PageSpec;
}

/** The sizes a Scene's text comes out at when drawn at `scale` points per unit on a page of `spec`. */
export function pageTextSizes(scene: Scene, scale: number, spec: PageSpec): PageTextSizes {
	const caption = Math.min(NODE_TYPE.kindSize, scene.theme.fontSize * EDGE_LABEL_RATIO);
	return {
		name: NODE_TYPE.fontSize * scale,
		caption: caption * scale,
		readable: scale >= minScale(scene, spec) - 1e-9,
		spec
	};
}
