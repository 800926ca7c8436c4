import { buildGraph, type Graph } from './graph.js';
import type { Dataset } from './types.js';

/**
 * A tree over every node: each node takes one parent along the first relation kind in `kinds`
 * that gives it one, so nodes the backbone kind leaves out still hang under a sensible parent
 * instead of becoming roots. Parents that would close a loop are skipped; among relations of
 * equal rank the first in dataset order wins. The answer is, per node (by its position in
 * `dataset.nodes`), the position in `dataset.edges` of the relation that makes it a child, or
 * -1 for a root. Run it on a dataset as of a date to get the tree of that date. Worked out once
 * per dataset and list of kinds, and kept with the dataset's Graph.
 * @example dataset.edges[treeParents(dataset, ['leads'])[1]].from → the id of node 1's parent
 */
export function treeParents(dataset: Dataset, kinds: readonly string[]): Int32Array {
	return buildGraph(dataset).derived(`tree-parents\u0000${kinds.join('\u0000')}`, (graph) =>
		parentsAlong(graph, kinds)
	);
}

function parentsAlong(graph: Graph, kinds: readonly string[]): Int32Array {
	const { from, edges } = graph;
	const { start, list: arriving } = graph.incoming;
	const count = graph.nodes.length;
	const rank = new Map<string, number>();
	kinds.forEach((kind, index) => rank.set(kind, index));
	const parentEdge = new Int32Array(count).fill(-1);
	// A node that is nobody's parent yet can be an ancestor of no node but itself: most nodes,
	// when parents come before their children, so the walk up is mostly skipped.
	const isParent = new Uint8Array(count);
	const reaches = (at: number, target: number): boolean => {
		if (!isParent[target]) return at === target;
		for (; at >= 0; at = parentEdge[at] >= 0 ? from[parentEdge[at]] : -1) if (at === target) return true;
		return false;
	};
	for (let i = 0; i < count; i++) {
		let best = Infinity;
		for (let k = start[i]; k < start[i + 1]; k++) {
			const e = arriving[k];
			const r = rank.get(edges[e].kind);
			if (r !== undefined && r < best && !reaches(from[e], i)) {
				parentEdge[i] = e;
				best = r;
			}
		}
		if (parentEdge[i] >= 0) isParent[from[parentEdge[i]]] = 1;
	}
	return parentEdge;
}
