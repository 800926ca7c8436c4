import type { Graph } from './graph.js';

/**
 * The node `id` and everything below it along one relation kind, breadth first, each node once.
 * @example subtree(graph, 'province', 'guide') → ['province', 'prefecture', 'county']
 */
export function subtree(graph: Graph, id: string, kind: string): string[] {
	if (!graph.node(id)) return [];
	const seen = new Set([id]);
	const queue = [id];
	for (let i = 0; i < queue.length; i++) {
		for (const child of graph.children(queue[i], kind)) {
			if (seen.has(child)) continue;
			seen.add(child);
			queue.push(child);
		}
	}
	return queue;
}

/** Everything below `id` along one relation kind, without `id` itself. */
export function descendants(graph: Graph, id: string, kind: string): string[] {
	return subtree(graph, id, kind).slice(1);
}
