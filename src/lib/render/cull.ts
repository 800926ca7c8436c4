/**
 * Culling: which boxes and lines of a packed Scene meet the part of the chart on screen, so a
 * frame draws only those. At 100,000 nodes a view zoomed in on one county shows a few dozen.
 */
import { NODE_NUMBERS, type PackedScene } from '#lib/scene/pack-scene.js';
import type { PackedIndex } from '#lib/scene/packed-index.js';
import type { Box } from '#lib/scene/types.js';

/**
 * The indices of the nodes whose boxes meet `view` (in chart units), in Scene order; of `among`
 * only, when given (indices in Scene order).
 * @example nodesInView(packed, { x: 0, y: 0, width: 100, height: 50 }) // [0, 3]
 */
export function nodesInView(packed: PackedScene, view: Box, among?: readonly number[]): number[] {
	const { nodeNumbers: n, nodeStyle } = packed;
	const x1 = view.x + view.width;
	const y1 = view.y + view.height;
	const meets = (i: number) => {
		const o = i * NODE_NUMBERS;
		const hw = n[o + 2] / 2;
		const hh = n[o + 3] / 2;
		return n[o] + hw >= view.x && n[o] - hw <= x1 && n[o + 1] + hh >= view.y && n[o + 1] - hh <= y1;
	};
	if (among) return among.filter(meets);
	const shown: number[] = [];
	for (let i = 0; i < nodeStyle.length; i++) if (meets(i)) shown.push(i);
	return shown;
}

/**
 * The lines whose bounding boxes meet `view`, grouped by edge style (one list per entry of
 * `packed.edgeStyles`), so that each style is stroked as one path.
 */
export function edgesInViewByStyle(packed: PackedScene, index: PackedIndex, view: Box): number[][] {
	const { edgeStyle, edgeStyles } = packed;
	const box = index.edgeBoxes;
	const x1 = view.x + view.width;
	const y1 = view.y + view.height;
	const byStyle: number[][] = edgeStyles.map(() => []);
	for (let e = 0, o = 0; e < edgeStyle.length; e++, o += 4)
		if (box[o + 2] >= view.x && box[o] <= x1 && box[o + 3] >= view.y && box[o + 1] <= y1)
			byStyle[edgeStyle[e]].push(e);
	return byStyle;
}
