import { IdTable } from './id-table.js';
import { finishSteps, type Steps } from './steps.js';
import { kindTable, type KindTable } from './kind-table.js';
import type { Dataset, EdgeDef, EdgeKind, NodeDef, NodeKind, Source } from './types.js';

/**
 * Relations grouped by one of their ends, as lists end to end: the relations at node i are
 * `list[start[i] … start[i + 1])`, positions in `dataset.edges`, in dataset order. Only relations
 * whose two ends are both present are listed.
 */
export interface Adjacency {
	readonly start: Int32Array;
	readonly list: Int32Array;
}

/** Groups the relations by the node at `end[e]`. */
function adjacency(end: Int32Array, other: Int32Array, count: number): Adjacency {
	return finishSteps(adjacencySteps(end, other, count, Infinity));
}

/** {@link adjacency} a step at a time: `slice` relations or nodes per step. */
function* adjacencySteps(end: Int32Array, other: Int32Array, count: number, slice: number): Steps<Adjacency> {
	const start = new Int32Array(count + 1);
	yield* inSlices(end.length, slice, (from, to) => {
		for (let e = from; e < to; e++) if (end[e] >= 0 && other[e] >= 0) start[end[e] + 1]++;
	});
	for (let i = 0; i < count; i++) start[i + 1] += start[i];
	const list = new Int32Array(start[count]);
	const next = start.slice(0, count);
	yield* inSlices(end.length, slice, (from, to) => {
		for (let e = from; e < to; e++) if (end[e] >= 0 && other[e] >= 0) list[next[end[e]]++] = e;
	});
	return { start, list };
}

/** Runs `work` over 0 … `count` − 1 in ranges of `slice`, a step after each range but the last. */
function* inSlices(count: number, slice: number, work: (from: number, to: number) => void): Steps<void> {
	for (let from = 0; from < count; from += slice) {
		work(from, Math.min(count, from + slice));
		if (from + slice < count) yield;
	}
}

/** Passed to the constructor by {@link Graph.inSteps}: the indexes are filled step by step. */
const UNFILLED = Symbol('unfilled');

/** Looking things up by id, as a `Map` would, without making one. */
export type IdLookup<T> = Pick<ReadonlyMap<string, T>, 'get' | 'has'>;

/**
 * The one index over a dataset, built once per dataset object ({@link buildGraph}): nodes and
 * relations by position, each relation's ends as node positions in typed arrays, relations in
 * and out of every node, the kinds registry by id. Every query — subtrees (`subtree.ts`), tree
 * parents (`tree-parents.ts`), the dataset
 * as of a date (`as-of.ts`), differences (`diff.ts`), traces (`scene/trace.ts`) — walks it, so a
 * chart of a hundred thousand nodes is indexed once and walked by numbers, not ids.
 */
export class Graph {
	/** The dataset this index was built from; never modified. */
	readonly dataset: Dataset;
	/** Nodes in dataset order: node i is `nodes[i]`. */
	readonly nodes: readonly NodeDef[];
	/** Relations in dataset order: relation e is `edges[e]`. */
	readonly edges: readonly EdgeDef[];
	/** The kinds registry by id. */
	readonly kinds: KindTable;
	/** The position of each node id; of repeated ids, the last one counts. */
	readonly at: IdTable;
	/** The position of each relation's `from` node, -1 for an end that is missing. */
	readonly from: Int32Array;
	/** The position of each relation's `to` node, -1 for an end that is missing. */
	readonly to: Int32Array;
	/** The nodes' ids, in the id table's keeping. */
	readonly #ids: string[];
	// Indexes that only some queries need are built on first use.
	#edgeAt?: IdTable;
	#out?: Adjacency;
	#in?: Adjacency;
	#sources?: ReadonlyMap<string, Source>;
	readonly #derived = new Map<string, unknown>();

	constructor(dataset: Dataset, unfilled?: typeof UNFILLED) {
		this.dataset = dataset;
		this.nodes = dataset.nodes;
		this.edges = dataset.edges;
		this.kinds = kindTable(dataset.kinds);
		const { nodes, edges } = dataset;
		// Filled with the nodes' ids as the table is (see #index).
		this.#ids = new Array<string>(nodes.length);
		this.at = new IdTable(this.#ids, { unfilled: true });
		this.from = new Int32Array(edges.length);
		this.to = new Int32Array(edges.length);
		if (unfilled !== UNFILLED) finishSteps(this.#index(Infinity));
	}

	/**
	 * The Graph of `dataset` built a step at a time, `slice` nodes or relations per step, its
	 * relations in and out included: a page indexes a large chart so between other work.
	 */
	static *inSteps(dataset: Dataset, slice: number): Steps<Graph> {
		const graph = new Graph(dataset, UNFILLED);
		yield* graph.#index(slice);
		yield;
		graph.#out = yield* adjacencySteps(graph.from, graph.to, graph.nodes.length, slice);
		yield;
		graph.#in = yield* adjacencySteps(graph.to, graph.from, graph.nodes.length, slice);
		return graph;
	}

	/** Fills the id table, then each relation's ends, `slice` at a time. */
	*#index(slice: number): Steps<void> {
		const { nodes, edges, at, from, to } = this;
		const ids = this.#ids;
		yield* inSlices(nodes.length, slice, (first, end) => {
			for (let i = first; i < end; i++) ids[i] = nodes[i].id;
			at.add(first, end);
		});
		yield* inSlices(edges.length, slice, (first, end) => {
			for (let e = first; e < end; e++) {
				from[e] = at.get(edges[e].from);
				to[e] = at.get(edges[e].to);
			}
		});
	}

	/** Relations leaving each node. */
	get outgoing(): Adjacency {
		return (this.#out ??= adjacency(this.from, this.to, this.nodes.length));
	}

	/** Relations arriving at each node. */
	get incoming(): Adjacency {
		return (this.#in ??= adjacency(this.to, this.from, this.nodes.length));
	}

	/** The position of a node, or -1. */
	nodeIndex(id: string): number {
		return this.at.get(id);
	}

	/** The position of a relation, or -1. */
	edgeIndex(id: string): number {
		if (!this.#edgeAt) {
			const ids = new Array<string>(this.edges.length);
			for (let e = 0; e < ids.length; e++) ids[e] = this.edges[e].id;
			this.#edgeAt = new IdTable(ids);
		}
		return this.#edgeAt.get(id);
	}

	/** The node with this id, if present. */
	node(id: string): NodeDef | undefined {
		return this.nodes[this.at.get(id)];
	}

	/** The relation with this id, if present. */
	edge(id: string): EdgeDef | undefined {
		return this.edges[this.edgeIndex(id)];
	}

	/** Nodes by id, read through the index. */
	readonly nodeById: IdLookup<NodeDef> = {
		get: (id) => this.node(id),
		has: (id) => this.at.get(id) >= 0
	};

	/** Node positions by id, for stable ordering of children and layers. */
	readonly order: IdLookup<number> = {
		get: (id) => (this.at.get(id) < 0 ? undefined : this.at.get(id)),
		has: (id) => this.at.get(id) >= 0
	};

	get nodeKindById(): ReadonlyMap<string, NodeKind> {
		return this.kinds.nodeKinds;
	}

	get edgeKindById(): ReadonlyMap<string, EdgeKind> {
		return this.kinds.edgeKinds;
	}

	get sourceById(): ReadonlyMap<string, Source> {
		if (!this.#sources) {
			const sources = new Map<string, Source>();
			for (const source of this.dataset.sources) sources.set(source.id, source);
			this.#sources = sources;
		}
		return this.#sources;
	}

	/** The backbone relation kind, if the registry declares one. */
	get backboneKind(): EdgeKind | undefined {
		return this.kinds.backbone;
	}

	/** Relations leaving `id`, optionally only of one relation kind, in dataset order. */
	outEdges(id: string, kind?: string): EdgeDef[] {
		return this.#edgesAt(this.outgoing, this.at.get(id), kind);
	}

	/** Relations arriving at `id`, optionally only of one relation kind, in dataset order. */
	inEdges(id: string, kind?: string): EdgeDef[] {
		return this.#edgesAt(this.incoming, this.at.get(id), kind);
	}

	/** Ids of the nodes `id` leads / guides along `kind`, in edge order. */
	children(id: string, kind: string): string[] {
		return this.outEdges(id, kind).map((edge) => edge.to);
	}

	/** Ids of the nodes that lead / guide `id` along `kind`, in edge order. */
	parents(id: string, kind: string): string[] {
		return this.inEdges(id, kind).map((edge) => edge.from);
	}

	/**
	 * An answer worked out from this graph once and kept with it, such as the tree parents
	 * along a list of kinds: `key` names the question, `make` answers it.
	 */
	derived<T>(key: string, make: (graph: Graph) => T): T {
		if (this.#derived.has(key)) return this.#derived.get(key) as T;
		const value = make(this);
		this.#derived.set(key, value);
		return value;
	}

	#edgesAt({ start, list }: Adjacency, i: number, kind: string | undefined): EdgeDef[] {
		const found: EdgeDef[] = [];
		if (i < 0) return found;
		for (let k = start[i]; k < start[i + 1]; k++) {
			const edge = this.edges[list[k]];
			if (kind === undefined || edge.kind === kind) found.push(edge);
		}
		return found;
	}
}

const graphs = new WeakMap<Dataset, Graph>();

/**
 * The Graph of a dataset, built on the first call for each dataset object and kept with it:
 * datasets are never changed in place (an edit makes a new one), so the index stays true.
 * @example buildGraph(dataset) === buildGraph(dataset) → true
 */
export function buildGraph(dataset: Dataset): Graph {
	let graph = graphs.get(dataset);
	if (!graph) graphs.set(dataset, (graph = new Graph(dataset)));
	return graph;
}

/**
 * Builds and keeps the Graph {@link buildGraph} gives for `dataset` a step at a time (see
 * {@link Graph.inSteps}), unless it is kept already; should `buildGraph` make it meanwhile, the
 * steps stop there.
 */
export function* graphInSteps(dataset: Dataset, slice: number): Steps<void> {
	if (graphs.has(dataset)) return;
	const steps = Graph.inSteps(dataset, slice);
	for (let step = steps.next(); ; step = steps.next()) {
		if (step.done) {
			graphs.set(dataset, step.value);
			return;
		}
		yield;
		if (graphs.has(dataset)) return;
	}
}
