import type { Dataset, ViewState } from '#lib/model/types.js';
import type { Box } from './types.js';
import { buildPackedScene, type SceneOptions } from './build-scene.js';
import { NODE_NUMBERS, type PackedScene } from './pack-scene.js';
import { visibleGraph } from './visible-graph.js';
import { fitViewport, type Viewport } from './viewport.js';
import { NODE_TYPE } from './node-box.js';

/**
 * The smallest on-screen size of a node's label at the opening: 12 px on a laptop, 11 px on a
 * phone; `least`, the smallest any frame the explorer chooses shows them at.
 */
export const READABLE_LABEL_PX = { wide: 12, narrow: 11, least: 10 } as const;
/**
 * A stage at most this wide, or this tall, is a phone's, upright or on its side: the numbers of
 * the explorer's CSS (`@media (max-width: 700px), (max-height: 500px)`) and of {@link PHONE_SCREEN}.
 */
export const PHONE_FRAME = { width: 700, height: 500 } as const;
/** The media query of a phone's screen, for the pages that ask the browser. */
export const PHONE_SCREEN = `(max-width: ${PHONE_FRAME.width}px), (max-height: ${PHONE_FRAME.height}px)`;
/** Stages this wide or narrower open with a phone's label size and margin. */
const NARROW_STAGE = PHONE_FRAME.width;
/** Levels tried at most: past this the first frame is never readable whole anyway. */
const MAX_DEPTH = 6;

/**
 * The blank kept around a chart opened on a stage of this width: 24 px, 12 on a phone, whose
 * 390 px would otherwise lose an eighth of its width to it.
 */
export function openingMargin(stageWidth: number): number {
	return stageWidth <= NARROW_STAGE ? 12 : 24;
}

/**
 * The zoom at which a node's label reaches the readable size for a stage of this width.
 *
 * @example readableZoom(1440) // → 12 / 13 ≈ 0.923
 */
export function readableZoom(stageWidth: number): number {
	const px = stageWidth <= NARROW_STAGE ? READABLE_LABEL_PX.narrow : READABLE_LABEL_PX.wide;
	return px / NODE_TYPE.fontSize;
}

/**
 * The expanded set a chart opens with when its address names none: the most levels that fit
 * the stage with labels still readable (see {@link readableZoom}), at least the top one, and
 * the one under a single root (a lone box would say nothing). Laying out a level costs one
 * Scene, so this is for charts built on the main thread. `options` are the Scene's layout
 * options, so that each level is tried laid out as it will be drawn (a phone's upright shape).
 *
 * @returns the ids to expand; `[]` opens the roots only
 */
export function openingExpanded(
	dataset: Dataset,
	view: ViewState,
	width: number,
	height: number,
	options: Pick<SceneOptions, 'aspect'> = {}
): string[] {
	const readable = readableZoom(width);
	const all = visibleGraph(dataset, { ...view, expanded: 'all' });
	// The ids of the nodes with children above a depth: opening them shows the chart down to it.
	const openAbove = (depth: number) =>
		all.nodes.filter((_, i) => all.hasChildren[i] && all.depth[i] < depth).map((n) => n.id);
	const roots = all.parent.filter((p) => p < 0).length;
	let best: string[] = roots < 2 ? openAbove(1) : [];
	let previous = -1;
	for (let depth = 1; depth <= MAX_DEPTH; depth++) {
		const expanded = openAbove(depth);
		// No deeper level to open: the chart is whole already.
		if (expanded.length === previous) break;
		previous = expanded.length;
		const { bounds } = buildPackedScene(dataset, { ...view, expanded }, options).head;
		if (fitViewport(bounds, width, height, openingMargin(width)).k < readable) break;
		best = expanded;
	}
	return best;
}

/**
 * The first frame of a chart whose labels would be too small fitted whole: zoomed to the
 * readable size (`zoom`, by default {@link readableZoom}) and, in each direction, centred where
 * the chart fits, else from its top edge, where a tree starts, or on `anchorY`, and across on
 * `anchorX` (its main top, see {@link openingAnchor}) as far as the chart's edges allow, else
 * from its left edge. A chart that fits readably is fitted.
 *
 * @example readableFrame({ x: 0, y: 0, width: 780, height: 511 }, 390, 780)
 * // → { k: 11 / 13, x: 12, y: 174 }: the left of the chart, its height centred
 */
export function readableFrame(
	bounds: Box,
	width: number,
	height: number,
	{
		margin = openingMargin(width),
		zoom: k = readableZoom(width),
		anchorX,
		anchorY
	}: ReadableFrameOptions = {}
): Viewport {
	const fitted = fitViewport(bounds, width, height, margin);
	if (fitted.k >= k) return fitted;
	const place = (start: number, size: number, room: number, anchor?: number) => {
		if (size * k <= room - 2 * margin) return room / 2 - (start + size / 2) * k;
		if (anchor === undefined) return margin - start * k;
		// The anchor in the middle, but no blank beyond either edge of the chart.
		return Math.min(margin - start * k, Math.max(room - margin - (start + size) * k, room / 2 - anchor * k));
	};
	return {
		k,
		x: place(bounds.x, bounds.width, width, anchorX),
		y: place(bounds.y, bounds.height, height, anchorY)
	};
}

/**
 * The opening frame chosen again for a stage of another size than the one it opened in (`opened`,
 * width and height): compare mode's controls or the details panel took room from it, or gave it
 * back. A chart that opened whole is kept whole while its labels stay at least
 * {@link READABLE_LABEL_PX}.least, rather than cut at the bottom; any other is framed as it
 * would have opened at this size (see {@link readableFrame}).
 */
export function reopenedFrame(
	bounds: Box,
	width: number,
	height: number,
	opened: [number, number],
	options: ReadableFrameOptions = {}
): Viewport {
	const [w0, h0] = opened;
	const openedWhole = fitViewport(bounds, w0, h0, openingMargin(w0)).k >= (options.zoom ?? readableZoom(w0));
	const fitted = fitViewport(bounds, width, height, openingMargin(width));
	if (openedWhole && fitted.k >= READABLE_LABEL_PX.least / NODE_TYPE.fontSize) return fitted;
	return readableFrame(bounds, width, height, options);
}

/** How {@link readableFrame} frames a chart. */
export interface ReadableFrameOptions {
	/** The blank kept at the stage's edges, in px: 24, 12 on a phone. */
	margin?: number;
	/** The smallest zoom shown. */
	zoom?: number;
	/** The point across (in scene units) centred when the chart is too wide. */
	anchorX?: number;
	/** The point down (in scene units) centred when the chart is too tall; its top edge when unset. */
	anchorY?: number;
}

/**
 * Where across a chart's first frame is centred when it is too wide to show readably whole: its
 * top that folds away the most (the built-in chart's 中共中央, the head of the chain, which a
 * phone had shown off its right edge), else its first top; undefined for a chart without boxes.
 */
export function openingAnchor(packed: Pick<PackedScene, 'nodeNumbers'>): number | undefined {
	const n = packed.nodeNumbers;
	let best = -1;
	for (let o = 0; o < n.length; o += NODE_NUMBERS)
		if (n[o + 5] === 0 && (best < 0 || n[o + 4] > n[best + 4])) best = o;
	return best < 0 ? undefined : n[best];
}
