import type { Graph } from '#lib/model/graph.js';

/**
 * Tracing a node: its chains up to the centre along each relation kind (who leads it, who guides
 * it, whom it relies on) and everything it leads or guides downward, as sets of node and edge
 * ids to highlight, plus a breadcrumb per kind. Edges run from the leading side to the led.
 */

/** The chain of one relation kind above the traced node. */
export interface TraceChain {
	kind: string;
	/**
	 * The breadcrumb: the nodes above in steps, from the furthest step down to the traced node
	 * alone. A step holds every node one relation above the step below it (a work body relies
	 * on two departments: both), each node in the nearest step it is met at.
	 */
	levels: string[][];
	/** Every node and relation above, over all paths. */
	nodes: Set<string>;
	edges: Set<string>;
}

/** What a trace highlights. */
export interface Trace {
	node: string;
	/** Everything to highlight: the node, all chains up and everything below. */
	nodes: Set<string>;
	edges: Set<string>;
	up: TraceChain[];
	/** What the node leads or guides, transitively. */
	down: { nodes: Set<string>; edges: Set<string> };
}

/** The `kind` of the chain that walks every hierarchical relation together, up to the centre. */
export const TO_CENTRE = '*to-centre';

/** Options of {@link traceNode}. */
export interface TraceOptions {
	/** Relation kinds to follow upward, one chain each. */
	upKinds: readonly string[];
	/**
	 * Relation kinds walked together for one more chain, {@link TO_CENTRE}, listed first: the way to
	 * the centre when no single kind goes all the way (a Party organisation is led by its work body,
	 * which its Party committee set up, which obeys the committee above).
	 */
	centreKinds?: readonly string[];
	/** Relation kinds to follow downward; defaults to `upKinds`. */
	downKinds?: readonly string[];
}

/**
 * Traces `node` through the graph of the structure shown. Cycles (possible among non-backbone
 * relations) are walked once.
 *
 * @example traceNode(buildGraph(dataset), 'county', { upKinds: ['leads', 'guides'] }).up[0].levels
 * // [['centre'], ['province'], ['county']]
 */
export function traceNode(
	graph: Graph,
	node: string,
	{ upKinds, downKinds = upKinds, centreKinds }: TraceOptions
): Trace {
	const nodes = new Set<string>([node]);
	const edges = new Set<string>();
	const up: TraceChain[] = [];
	const walks: [string, Set<string>][] = [
		...(centreKinds ? [[TO_CENTRE, new Set(centreKinds)] as [string, Set<string>]] : []),
		...upKinds.map((kind): [string, Set<string>] => [kind, new Set([kind])])
	];
	const start = graph.nodeIndex(node);
	for (const [kind, kinds] of walks) {
		const chain = walk(graph, start, kinds, 'up');
		up.push({ kind, levels: [...chain.levels.reverse(), [node]], nodes: chain.nodes, edges: chain.edges });
		for (const n of chain.nodes) nodes.add(n);
		for (const e of chain.edges) edges.add(e);
	}
	const down = walk(graph, start, new Set(downKinds), 'down');
	for (const n of down.nodes) nodes.add(n);
	for (const e of down.edges) edges.add(e);
	return { node, nodes, edges, up, down: { nodes: down.nodes, edges: down.edges } };
}

/**
 * Breadth-first from node position `start` over relations of the given kinds, a step at a time.
 * `levels` holds the steps beyond the start, nearest first; `nodes` leaves the start out.
 */
function walk(
	graph: Graph,
	start: number,
	kinds: ReadonlySet<string>,
	direction: 'up' | 'down'
): { nodes: Set<string>; edges: Set<string>; levels: string[][] } {
	const nodes = new Set<string>();
	const edges = new Set<string>();
	const levels: string[][] = [];
	if (start < 0) return { nodes, edges, levels };
	const { start: first, list } = direction === 'up' ? graph.incoming : graph.outgoing;
	const other = direction === 'up' ? graph.from : graph.to;
	const seen = new Uint8Array(graph.nodes.length);
	seen[start] = 1;
	for (let step = [start]; step.length > 0;) {
		const further: number[] = [];
		for (const at of step)
			for (let k = first[at]; k < first[at + 1]; k++) {
				const edge = graph.edges[list[k]];
				if (!kinds.has(edge.kind)) continue;
				edges.add(edge.id);
				const next = other[list[k]];
				if (seen[next]) continue;
				seen[next] = 1;
				nodes.add(graph.nodes[next].id);
				further.push(next);
			}
		if (further.length) levels.push(further.map((i) => graph.nodes[i].id));
		step = further;
	}
	return { nodes, edges, levels };
}
