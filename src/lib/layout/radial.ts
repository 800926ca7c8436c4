/**
 * Radial tidy tree: d3.tree over angles with separations measured from each node's box, then
 * rings placed far enough apart, and large enough, that no two boxes can meet.
 */
import { tree } from 'd3-hierarchy';
import { forestHierarchy, type ForestDatum } from './forest.js';
import type { LayoutInput, LayoutResult } from './types.js';
import type { HierarchyPointNode } from 'd3-hierarchy';

/** Options of {@link radialLayout}. */
export interface RadialOptions {
	/** Minimum free space between two boxes on the same ring. */
	gap?: number;
	/** Minimum free space between two rings. */
	ringGap?: number;
}

/** Half the diagonal of a box: a circle of this radius around the centre covers it. */
const reach = (d: ForestDatum): number => (d.node ? Math.hypot(d.node.width, d.node.height) / 2 : 0);

/**
 * Lays a forest out on concentric rings around `centre` (0, 0). A single root sits in the
 * centre; several roots share the first ring.
 *
 * Why it cannot overlap: every box is covered by the circle of half its diagonal. Neighbours on
 * one ring are at least `c·(Ra+Rb+gap)/d` radians apart (d3.tree's separation, with `c` the
 * radians per unit and `d` the ring), so any two nodes on ring `d` are at least `c·(Ra+Rb+gap)/d`
 * apart along the shorter arc, and the ring radius is chosen so that this angle's chord exceeds
 * `Ra+Rb+gap` for the ring's largest circles. Rings are farther apart than their largest circles.
 *
 * @example radialLayout({ nodes: [{ id: 'a', parent: -1, width: 80, height: 30 }], links: [] })
 * // → { orientation: 'radial', positions: Float64Array [0, 0], centre: { x: 0, y: 0 } }
 */
export function radialLayout(
	input: LayoutInput,
	{ gap = 12, ringGap = 48 }: RadialOptions = {}
): LayoutResult {
	const root = forestHierarchy(input);
	const single = root.children?.length === 1;
	// Ring of a node: depth in the forest, minus one when the only real root sits in the centre.
	const ringOf = (n: { depth: number }) => (single ? n.depth - 1 : n.depth);
	const placed = tree<ForestDatum>()
		.nodeSize([1, 1])
		.separation((a, b) => {
			const siblings = a.parent === b.parent ? 1 : 1.25;
			return (siblings * (reach(a.data) + reach(b.data) + gap)) / Math.max(1, ringOf(a));
		})(root);

	const rings: HierarchyPointNode<ForestDatum>[][] = [];
	placed.each((n) => {
		if (!n.data.node) return;
		(rings[ringOf(n)] ??= []).push(n);
	});
	const positions = new Float64Array(input.nodes.length * 2);
	if (rings.length === 0) return { orientation: 'radial', positions, centre: { x: 0, y: 0 } };

	let minX = Infinity;
	let maxX = -Infinity;
	let wrap = 0;
	const maxReach: number[] = [];
	for (let d = 0; d < rings.length; d++) {
		const ring = (rings[d] ??= []);
		ring.sort((a, b) => a.x - b.x);
		maxReach[d] = ring.reduce((m, n) => Math.max(m, reach(n.data)), 0);
		if (ring.length === 0) continue;
		minX = Math.min(minX, ring[0].x);
		maxX = Math.max(maxX, ring[ring.length - 1].x);
		if (d > 0 && ring.length > 1) {
			// The last and first node of a ring meet across the seam: leave them a separation too.
			wrap = Math.max(wrap, (1.25 * (2 * maxReach[d] + gap)) / d);
		}
	}
	const span = maxX - minX + wrap;
	const perUnit = span > 0 ? (2 * Math.PI) / span : 0;

	const radius: number[] = [];
	for (let d = 0; d < rings.length; d++) {
		if (d === 0) {
			radius[0] = single ? 0 : chordRadius(rings[0].length, 2 * maxReach[0] + gap, perUnit, 1);
			continue;
		}
		const apart = radius[d - 1] + maxReach[d - 1] + maxReach[d] + ringGap;
		radius[d] = Math.max(apart, chordRadius(rings[d].length, 2 * maxReach[d] + gap, perUnit, d));
	}
	for (let d = 0; d < rings.length; d++) {
		for (const n of rings[d]) {
			const angle = (n.x - minX) * perUnit - Math.PI / 2;
			positions[n.data.index * 2] = round(radius[d] * Math.cos(angle));
			positions[n.data.index * 2 + 1] = round(radius[d] * Math.sin(angle));
		}
	}
	return { orientation: 'radial', positions, centre: { x: 0, y: 0 } };
}

/**
 * The smallest radius at which two points `perUnit·s/ring` radians apart are at least `s` apart,
 * for every `s` up to `size` (the chord grows with `s` as long as the angle stays within π).
 */
function chordRadius(count: number, size: number, perUnit: number, ring: number): number {
	if (count < 2) return 0;
	const angle = Math.min(Math.PI, (perUnit * size) / ring);
	return size / (2 * Math.sin(angle / 2));
}

const round = (v: number) => Math.round(v * 100) / 100;
