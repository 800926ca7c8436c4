import type { SceneEdge, SceneNode } from '#lib/scene/types.js';

/**
 * How every exporter (SVG, PNG, PDF, PPTX) draws the Scene's marks beyond their geometry, so a
 * node or a line looks the same in each: the Scene says what is emphasised, these say how.
 */

/** How opaque a dimmed node or line is. */
export const DIM_OPACITY = 0.3;

/** How far the highlight ring stands out of a node's box, in Scene units, both sides together. */
export const RING_MARGIN = 10;

/** A line's stroke width: doubled when highlighted, half again when it bundles several relations. */
export function edgeStrokeWidth(edge: SceneEdge): number {
	return edge.width * (edge.emphasis === 'highlight' ? 2 : 1) * (edge.count > 1 ? 1.5 : 1);
}

/** The font size of a node's hidden-count badge. */
export function badgeSize(node: SceneNode): number {
	return Math.max(9, node.fontSize * 0.72);
}
