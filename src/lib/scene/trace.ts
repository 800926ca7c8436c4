/**
 * Tracing a node: its chains up to the centre along each relation kind (who leads it, who guides
 * it, whom it relies on) and everything it leads or guides downward, as sets of node and edge
 * ids to highlight, plus a breadcrumb per kind. Edges run from the leading side to the led.
 */

/** A relation as tracing needs it. */
export interface TraceEdge {
	id: string;
	from: string;
	to: string;
	kind: string;
}

/** Incoming and outgoing relations per node, built once per graph. */
export interface Adjacency {
	incoming: ReadonlyMap<string, readonly TraceEdge[]>;
	outgoing: ReadonlyMap<string, readonly TraceEdge[]>;
}

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

/**
 * Indexes relations by their ends; edges keep their input order, which makes breadcrumbs stable.
 *
 * @example buildAdjacency([{ id: 'e', from: 'a', to: 'b', kind: 'leads' }]).incoming.get('b')?.length // 1
 */
export function buildAdjacency(edges: readonly TraceEdge[]): Adjacency {
	const incoming = new Map<string, TraceEdge[]>();
	const outgoing = new Map<string, TraceEdge[]>();
	for (const e of edges) {
		let list = incoming.get(e.to);
		if (!list) incoming.set(e.to, (list = []));
		list.push(e);
		let out = outgoing.get(e.from);
		if (!out) outgoing.set(e.from, (out = []));
		out.push(e);
	}
	return { incoming, outgoing };
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
 * Traces `node`. Cycles (possible among non-backbone relations) are walked once.
 *
 * @example traceNode(buildAdjacency(edges), 'county', { upKinds: ['leads', 'guides'] }).up[0].breadcrumb
 * // ['centre', 'province', 'county']
 */
export function traceNode(
	adjacency: Adjacency,
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
	for (const [kind, kinds] of walks) {
		const chain = walk(adjacency.incoming, node, kinds, 'from');
		up.push({ kind, levels: chain.levels.reverse(), nodes: chain.nodes, edges: chain.edges });
		for (const n of chain.nodes) nodes.add(n);
		for (const e of chain.edges) edges.add(e);
	}
	const down = walk(adjacency.outgoing, node, new Set(downKinds), 'to');
	for (const n of down.nodes) nodes.add(n);
	for (const e of down.edges) edges.add(e);
	return { node, nodes, edges, up, down };
}

/**
 * Breadth-first over relations of the given kinds, a step at a time. `levels` starts with the
 * start node alone; `nodes` leaves it out.
 */
function walk(
	index: ReadonlyMap<string, readonly TraceEdge[]>,
	start: string,
	kinds: ReadonlySet<string>,
	next: 'from' | 'to'
): { nodes: Set<string>; edges: Set<string>; levels: string[][] } {
	const nodes = new Set<string>();
	const edges = new Set<string>();
	const levels = [[start]];
	const seen = new Set([start]);
	for (let step = levels[0]; step.length > 0;) {
		const further: string[] = [];
		for (const id of step)
			for (const e of index.get(id) ?? []) {
				if (!kinds.has(e.kind)) continue;
				edges.add(e.id);
				const other = e[next];
				if (seen.has(other)) continue;
				seen.add(other);
				nodes.add(other);
				further.push(other);
			}
		if (further.length) levels.push(further);
		step = further;
	}
	return { nodes, edges, levels };
}
