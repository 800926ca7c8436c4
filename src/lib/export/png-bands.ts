import type { Scene } from '#lib/scene/types.js';

/**
 * How far (scene units) a node or line may paint beyond its box or points: a selection ring,
 * the kind's label above the name, arrowheads, line labels, halos. Culling keeps everything
 * within this of a band, so a band draws exactly what the whole image has there.
 */
const REACH = 80;

/** A horizontal band of an image: its first row and row count, in pixels. */
export interface Band {
	top: number;
	rows: number;
}

/**
 * The bands an image of `width` × `height` px is drawn in, each at most `pixels` pixels (whole
 * rows, at least one).
 *
 * @example imageBands(1000, 2500, 1_000_000) // [{ top: 0, rows: 1000 }, { top: 1000, rows: 1000 }, { top: 2000, rows: 500 }]
 */
export function imageBands(width: number, height: number, pixels: number): Band[] {
	const rows = Math.max(1, Math.floor(pixels / width));
	const bands: Band[] = [];
	for (let top = 0; top < height; top += rows) bands.push({ top, rows: Math.min(rows, height - top) });
	return bands;
}

/**
 * The Scene with only the nodes and lines that can paint between scene `top` and `bottom` (y);
 * bounds, legend and everything else stay, so the page frame is the same as the whole Scene's.
 */
export function sceneInBand(scene: Scene, top: number, bottom: number): Scene {
	const lo = top - REACH;
	const hi = bottom + REACH;
	const nodes = scene.nodes.filter((n) => n.y + n.height / 2 >= lo && n.y - n.height / 2 <= hi);
	const edges = scene.edges.filter((e) => {
		let min = e.control ? e.control[1] : e.labelY;
		let max = min;
		for (let i = 1; i < e.points.length; i += 2) {
			if (e.points[i] < min) min = e.points[i];
			if (e.points[i] > max) max = e.points[i];
		}
		return max >= lo && min <= hi;
	});
	return { ...scene, nodes, edges };
}
