import type { Graph } from './graph.js';

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
	const walk = (nodes: string[], edges: string[]): void => {
		if (chains.length >= limit) return;
		const here = nodes[nodes.length - 1];
		const up = graph.inEdges(here).filter((edge) => wanted.has(edge.kind) && !nodes.includes(edge.from));
		if (up.length === 0) {
			chains.push({ nodes, edges });
			return;
		}
		for (const edge of up) walk([...nodes, edge.from], [...edges, edge.id]);
	};
	walk([id], []);
	return chains;
}
