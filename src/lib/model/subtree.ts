import type { Graph } from './graph.js';

/**
 * The node `id` and everything below it along one relation kind, breadth first, each node once,
 * children in dataset order.
 * @example subtree(graph, 'province', 'guide') → ['province', 'prefecture', 'county']
 */
export function subtree(graph: Graph, id: string, kind: string | undefined): string[] {
	const start = graph.nodeIndex(id);
	if (start < 0) return [];
	const { edges, to } = graph;
	const { start: first, list } = graph.outgoing;
	const seen = new Uint8Array(graph.nodes.length);
	seen[start] = 1;
	const queue = [start];
	for (let q = 0; q < queue.length; q++) {
		const at = queue[q];
		for (let k = first[at]; k < first[at + 1]; k++) {
			const e = list[k];
			if (edges[e].kind !== kind || seen[to[e]]) continue;
			seen[to[e]] = 1;
			queue.push(to[e]);
		}
	}
	return queue.map((i) => graph.nodes[i].id);
}

/** Everything below `id` along one relation kind, without `id` itself, nearest first. */
export function descendants(graph: Graph, id: string, kind: string | undefined): string[] {
	return subtree(graph, id, kind).slice(1);
}
