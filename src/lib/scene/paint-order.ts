/**
 * The order every renderer paints a Scene's relations in, on screen and in every export: the
 * backbone tree's lines first and the other relations' over them; then the labels of all of them,
 * each on a halo, over every line (drawn with its own line, a label was crossed by the lines drawn
 * after it); the boxes last, over both.
 */
import type { SceneEdge } from './types.js';

/** A Scene's relations in paint order: every line, then the lines that have a label. */
export interface EdgePaintOrder {
	lines: SceneEdge[];
	labelled: SceneEdge[];
}

/** The lines of `edges` in the order they are stroked, and the labelled ones in the same order. */
export function edgePaintOrder(edges: readonly SceneEdge[]): EdgePaintOrder {
	const lines = [...edges.filter((e) => e.backbone), ...edges.filter((e) => !e.backbone)];
	return { lines, labelled: lines.filter((e) => e.label) };
}
