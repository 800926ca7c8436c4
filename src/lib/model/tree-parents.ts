import type { Graph } from './graph.js';
import type { EdgeDef } from './types.js';

/** A spanning forest: the edge that makes each non-root node a child, and the roots in dataset order. */
export interface Forest {
	parentEdge: ReadonlyMap<string, EdgeDef>;
	roots: string[];
}

/**
 * The hierarchical relation kinds in the order a tree should prefer them: the backbone kind
 * first, then the other hierarchical kinds in registry order.
 */
export function hierarchicalKinds(graph: Graph): string[] {
	const kinds = graph.dataset.kinds.edges.filter((kind) => kind.hierarchical);
	return [...kinds.filter((kind) => kind.backbone), ...kinds.filter((kind) => !kind.backbone)].map(
		(kind) => kind.id
	);
}

/**
 * A tree over every node: each node takes one parent along the first relation kind in `kinds`
 * that gives it one, so nodes the backbone kind leaves out still hang under a sensible parent
 * instead of becoming roots. Parents that would close a loop are skipped. Run it on an
 * `asOf` graph to get the tree of one date.
 * @example treeParents(asOf(graph, '2016-01-01')).parentEdge.get('county-work-body')?.from → 'county-committee'
 */
export function treeParents(graph: Graph, kinds: readonly string[] = hierarchicalKinds(graph)): Forest {
	const rank = new Map(kinds.map((kind, index) => [kind, index]));
	const parentEdge = new Map<string, EdgeDef>();
	const reaches = (from: string, target: string): boolean => {
		for (let at: string | undefined = from; at !== undefined; at = parentEdge.get(at)?.from)
			if (at === target) return true;
		return false;
	};
	for (const node of graph.nodes) {
		// The best-ranked relation that does not close a loop; dataset order among equal ranks.
		let chosen: EdgeDef | undefined;
		let best = Infinity;
		for (const edge of graph.inEdges(node.id)) {
			const r = rank.get(edge.kind);
			if (r !== undefined && r < best && !reaches(edge.from, node.id)) {
				chosen = edge;
				best = r;
			}
		}
		if (chosen) parentEdge.set(node.id, chosen);
	}
	return { parentEdge, roots: graph.nodes.filter((node) => !parentEdge.has(node.id)).map((node) => node.id) };
}
