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

/** The vertical reach of each node and line of a Scene, in scene units (y), measured once. */
function reaches(scene: Scene): { nodes: Float64Array; edges: Float64Array } {
	const nodes = new Float64Array(scene.nodes.length * 2);
	scene.nodes.forEach((n, i) => {
		nodes[2 * i] = n.y - n.height / 2;
		nodes[2 * i + 1] = n.y + n.height / 2;
	});
	const edges = new Float64Array(scene.edges.length * 2);
	scene.edges.forEach((e, i) => {
		let min = e.control ? e.control[1] : e.labelY;
		let max = min;
		for (let k = 1; k < e.points.length; k += 2) {
			if (e.points[k] < min) min = e.points[k];
			if (e.points[k] > max) max = e.points[k];
		}
		edges[2 * i] = min;
		edges[2 * i + 1] = max;
	});
	return { nodes, edges };
}

/**
 * A culler for `scene`: given a band's scene `top` and `bottom` (y), the Scene with only the
 * nodes and lines that can paint there; bounds, legend and everything else stay, so the page
 * frame is the same as the whole Scene's. The extents are measured once, not band after band.
 */
export function bandCuller(scene: Scene): (top: number, bottom: number) => Scene {
	const reach = reaches(scene);
	const within = (extents: Float64Array, i: number, lo: number, hi: number) =>
		extents[2 * i + 1] >= lo && extents[2 * i] <= hi;
	return (top, bottom) => {
		const lo = top - REACH;
		const hi = bottom + REACH;
		const nodes = scene.nodes.filter((_, i) => within(reach.nodes, i, lo, hi));
		const edges = scene.edges.filter((_, i) => within(reach.edges, i, lo, hi));
		return { ...scene, nodes, edges };
	};
}
