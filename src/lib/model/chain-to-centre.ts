import type { Graph } from './graph.js';
import type { EdgeDef } from './types.js';

/** One way up from a node to a root: node ids from the start to the root, and the edges between. */
export interface Chain {
	nodes: string[];
	edges: string[];
}

/** Options for {@link chainToCentre}. */
export interface ChainOptions {
	/** Stop after this many chains, so a dense graph cannot explode; default 256. */
	limit?: number;
}

/**
 * Every chain from `id` up to a root along the given relation kinds: when a node has several
 * parents, each gives its own chain. A root is a node with no parent along those kinds. A parent
 * already on the chain is skipped, so the walk ends even if the data has a cycle.
 * @example chainToCentre(graph, 'county-work-body', ['guide']) →
 *   [{ nodes: ['county-work-body', 'prefecture-work-body', 'province-work-body', …], edges: [...] }, …]
 */
export function chainToCentre(
	graph: Graph,
	id: string,
	kinds: string | readonly string[],
	{ limit = 256 }: ChainOptions = {}
): Chain[] {
	if (!graph.node(id)) return [];
	const wanted = new Set(typeof kinds === 'string' ? [kinds] : kinds);
	const chains: Chain[] = [];
	// Depth-first with an explicit stack, so a very deep hierarchy cannot overflow the call stack.
	const nodes = [id];
	const edges: string[] = [];
	const onPath = new Set(nodes);
	const pending: EdgeDef[][] = [];
	const upFrom = (node: string): EdgeDef[] =>
		graph.inEdges(node).filter((edge) => wanted.has(edge.kind) && !onPath.has(edge.from));
	pending.push(upFrom(id));
	if (pending[0].length === 0) return [{ nodes: [id], edges: [] }];
	while (pending.length > 0 && chains.length < limit) {
		const next = pending[pending.length - 1].shift();
		if (!next) {
			pending.pop();
			onPath.delete(nodes.pop()!);
			edges.pop();
			continue;
		}
		nodes.push(next.from);
		edges.push(next.id);
		onPath.add(next.from);
		const up = upFrom(next.from);
		if (up.length === 0) {
			chains.push({ nodes: [...nodes], edges: [...edges] });
			onPath.delete(nodes.pop()!);
			edges.pop();
		} else pending.push(up);
	}
	return chains;
}
