/**
 * Layered (Sugiyama-style) layout of the whole multi-parent graph: backbone parent links and
 * cross-links together, ranked top-down, with crossings reduced and cycles broken by dagre.
 */
import { dagreLib } from '#lib/lazy/dagre.js';
import type { LayoutInput, LayoutResult } from './types.js';

/** Options of {@link layeredLayout}. */
export interface LayeredOptions {
	/** Free space between neighbours in a rank. */
	nodeGap?: number;
	/** Free space between ranks. */
	rankGap?: number;
	/** Ranks run top-down (`tb`) or left-right (`lr`). */
	direction?: 'tb' | 'lr';
}

/**
 * Places every node with dagre (rank assignment by network simplex, crossing reduction by
 * barycentres, Brandes–Köpf coordinates). Backbone links weigh more than cross-links so the
 * tree stays straight where it can. Deterministic: dagre uses no randomness and we feed nodes
 * and edges in input order.
 *
 * @example layeredLayout({ nodes: [{ id: 'a', parent: -1, width: 80, height: 30 }], links: [] })
 * // → { orientation: 'layered', positions: Float64Array [40, 15] }
 */
export function layeredLayout(
	input: LayoutInput,
	{ nodeGap = 24, rankGap = 64, direction = 'tb' }: LayeredOptions = {}
): LayoutResult {
	const dagre = dagreLib.get();
	const g = new dagre.graphlib.Graph({ multigraph: false });
	g.setGraph({
		rankdir: direction.toUpperCase(),
		nodesep: nodeGap,
		ranksep: rankGap,
		marginx: 0,
		marginy: 0
	});
	g.setDefaultEdgeLabel(() => ({}));
	// dagre knows the nodes by their index, so two nodes with one id stay two nodes.
	const count = input.nodes.length;
	input.nodes.forEach((node, i) => g.setNode(String(i), { width: node.width, height: node.height }));
	input.nodes.forEach((node, i) => {
		if (node.parent >= 0 && node.parent < count && node.parent !== i)
			g.setEdge(String(node.parent), String(i), { weight: 4, minlen: 1 });
	});
	for (const { from, to } of input.links) {
		if (from === to || from < 0 || to < 0 || from >= count || to >= count) continue;
		const [a, b] = [String(from), String(to)];
		if (g.hasEdge(a, b) || g.hasEdge(b, a)) continue;
		g.setEdge(a, b, { weight: 1, minlen: 1 });
	}
	dagre.layout(g);
	const positions = new Float64Array(count * 2);
	for (let i = 0; i < count; i++) {
		const placed = g.node(String(i));
		positions[i * 2] = round(placed.x);
		positions[i * 2 + 1] = round(placed.y);
	}
	return { orientation: 'layered', positions };
}

const round = (v: number) => Math.round(v * 100) / 100;
