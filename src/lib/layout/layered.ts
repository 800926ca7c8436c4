/**
 * Layered (Sugiyama-style) layout of the whole multi-parent graph: backbone parent links and
 * cross-links together, ranked top-down, with crossings reduced and cycles broken by dagre.
 */
import dagre from '@dagrejs/dagre';
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
 * @example layeredLayout({ nodes: [{ id: 'a', parent: null, width: 80, height: 30 }], links: [] })
 * // → { orientation: 'layered', positions: Map { 'a' => { x: 40, y: 15 } } }
 */
export function layeredLayout(
	input: LayoutInput,
	{ nodeGap = 24, rankGap = 64, direction = 'tb' }: LayeredOptions = {}
): LayoutResult {
	const g = new dagre.graphlib.Graph({ multigraph: false });
	g.setGraph({
		rankdir: direction.toUpperCase(),
		nodesep: nodeGap,
		ranksep: rankGap,
		marginx: 0,
		marginy: 0
	});
	g.setDefaultEdgeLabel(() => ({}));
	const ids = new Set<string>();
	for (const node of input.nodes) {
		if (ids.has(node.id)) continue;
		ids.add(node.id);
		g.setNode(node.id, { width: node.width, height: node.height });
	}
	for (const node of input.nodes) {
		if (node.parent !== null && ids.has(node.parent) && node.parent !== node.id) {
			g.setEdge(node.parent, node.id, { weight: 4, minlen: 1 });
		}
	}
	for (const link of input.links) {
		if (link.from === link.to || !ids.has(link.from) || !ids.has(link.to)) continue;
		if (g.hasEdge(link.from, link.to) || g.hasEdge(link.to, link.from)) continue;
		g.setEdge(link.from, link.to, { weight: 1, minlen: 1 });
	}
	dagre.layout(g);
	const positions: LayoutResult['positions'] = new Map();
	for (const id of ids) {
		const placed = g.node(id);
		positions.set(id, { x: round(placed.x), y: round(placed.y) });
	}
	return { orientation: 'layered', positions };
}

const round = (v: number) => Math.round(v * 100) / 100;
