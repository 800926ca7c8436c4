import type { Graph } from '../graph.js';

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
 * The tests' check that the built-in chain is whole: the app traces with `scene/trace.ts`.
 *
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
	const first = graph.nodeIndex(id);
	if (first < 0) return [];
	const wanted = new Set(typeof kinds === 'string' ? [kinds] : kinds);
	const { edges, from } = graph;
	const { start, list } = graph.incoming;
	const chains: Chain[] = [];
	// Depth-first with an explicit stack, so a very deep hierarchy cannot overflow the call stack.
	// Nodes and relations are positions; each pending entry is the relations still to try upward.
	const nodes = [first];
	const path: number[] = [];
	const onPath = new Uint8Array(graph.nodes.length);
	onPath[first] = 1;
	const upFrom = (node: number): number[] => {
		const up: number[] = [];
		for (let k = start[node]; k < start[node + 1]; k++)
			if (wanted.has(edges[list[k]].kind) && !onPath[from[list[k]]]) up.push(list[k]);
		return up.reverse();
	};
	const ids = (): Chain => ({
		nodes: nodes.map((i) => graph.nodes[i].id),
		edges: path.map((e) => edges[e].id)
	});
	const pending = [upFrom(first)];
	if (pending[0].length === 0) return [ids()];
	while (pending.length > 0 && chains.length < limit) {
		const next = pending[pending.length - 1].pop();
		if (next === undefined) {
			pending.pop();
			onPath[nodes.pop()!] = 0;
			path.pop();
			continue;
		}
		nodes.push(from[next]);
		path.push(next);
		onPath[from[next]] = 1;
		const up = upFrom(from[next]);
		if (up.length === 0) {
			chains.push(ids());
			onPath[nodes.pop()!] = 0;
			path.pop();
		} else pending.push(up);
	}
	return chains;
}
