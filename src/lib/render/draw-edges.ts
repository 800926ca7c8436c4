/**
 * The lines of a packed Scene stroked on a canvas: only those in view, one path per style, each
 * cut to the view (see route-in-view.ts).
 */
import type { PackedScene } from '#lib/scene/pack-scene.js';
import type { PackedIndex } from '#lib/scene/packed-index.js';
import { dashPeriod, traceRouteInView, type PathSink } from './route-in-view.js';
import type { Box } from '#lib/scene/types.js';
import { edgesInViewByStyle } from './cull.js';
import { strokeRings } from '#lib/scene/reroute-marks.js';

/** How opaque a dimmed line is. */
const DIM_LINE = 0.2;
/** Below this zoom a rerouted end's ring would be a speck: it is left out. */
const RINGS_FROM_ZOOM = 0.5;

/**
 * Strokes the lines whose bounding box meets `view` (chart units) on a context already
 * transformed to chart units at zoom `k`.
 */
export function drawEdges(
	ctx: CanvasRenderingContext2D,
	packed: PackedScene,
	index: PackedIndex,
	view: Box,
	k: number,
	background: string
): void {
	const { edgeStyles, points } = packed;
	const { pointStart } = index;
	/** Strokes the piece so far at the start of each next one. */
	const pieces: PathSink = {
		moveTo(x, y) {
			ctx.stroke();
			ctx.beginPath();
			ctx.moveTo(x, y);
		},
		lineTo: (x, y) => ctx.lineTo(x, y)
	};
	edgesInViewByStyle(packed, index, view).forEach((list, s) => {
		if (!list.length) return;
		const style = edgeStyles[s];
		ctx.strokeStyle = style.color;
		ctx.globalAlpha = style.emphasis === 'dim' ? DIM_LINE : 1;
		ctx.lineWidth = style.width / Math.max(k, 0.25);
		// Dashes narrower than a pixel cannot be seen, and are slow to rasterise: draw them solid.
		const dash = style.dash && k >= 0.25 ? style.dash.split(/[\s,]+/).map(Number) : [];
		ctx.setLineDash(dash);
		// Only what can show is stroked, with room for the line's width and its joins.
		const margin = 10 * ctx.lineWidth;
		const area = {
			x0: view.x - margin,
			y0: view.y - margin,
			x1: view.x + view.width + margin,
			y1: view.y + view.height + margin
		};
		const period = dashPeriod(dash);
		// A dashed piece is stroked on its own: the canvas dashes a lone line several times
		// quicker than a path of many. Not when faded: where pieces cross they would darken.
		const sink = period && style.emphasis !== 'dim' ? pieces : ctx;
		ctx.beginPath();
		for (const e of list) traceRouteInView(sink, points, pointStart[e], pointStart[e + 1], area, period);
		ctx.stroke();
		const { rerouted } = style;
		if (rerouted && k >= RINGS_FROM_ZOOM) {
			const pen = { color: style.color, width: ctx.lineWidth, background };
			for (const e of list)
				strokeRings(ctx, { points: points.subarray(pointStart[e], pointStart[e + 1]), rerouted }, pen);
		}
	});
	ctx.setLineDash([]);
	ctx.globalAlpha = 1;
}
