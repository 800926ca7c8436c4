import type { Dataset, EdgeDef, EdgeKind, NodeDef, NodeKind, Source } from './types.js';

const NONE: readonly EdgeDef[] = Object.freeze([]);

/** Groups edges by one of their ends, keeping dataset order inside each group. */
function groupBy(edges: readonly EdgeDef[], end: 'from' | 'to'): Map<string, EdgeDef[]> {
	const groups = new Map<string, EdgeDef[]>();
	for (const edge of edges) {
		const list = groups.get(edge[end]);
		if (list) list.push(edge);
		else groups.set(edge[end], [edge]);
	}
	return groups;
}

/**
 * An immutable index over a valid dataset. Build it with {@link buildGraph}; queries such as
 * `subtree`, `chainToCentre` and `asOf` take a Graph and return plain data or a new Graph.
 */
export class Graph {
	/** The dataset this index was built from; never modified. */
	readonly dataset: Dataset;
	/** Nodes in dataset order. */
	readonly nodes: readonly NodeDef[];
	/** Edges in dataset order. */
	readonly edges: readonly EdgeDef[];
	readonly nodeById: ReadonlyMap<string, NodeDef>;
	readonly nodeKindById: ReadonlyMap<string, NodeKind>;
	readonly edgeKindById: ReadonlyMap<string, EdgeKind>;
	readonly sourceById: ReadonlyMap<string, Source>;
	// Indexes that only some queries need are built on first use.
	#edgeById?: ReadonlyMap<string, EdgeDef>;
	#order?: ReadonlyMap<string, number>;
	#out?: ReadonlyMap<string, readonly EdgeDef[]>;
	#in?: ReadonlyMap<string, readonly EdgeDef[]>;

	constructor(dataset: Dataset) {
		this.dataset = dataset;
		this.nodes = Object.freeze([...dataset.nodes]);
		// Filled by a loop: a Map from a list of pairs would make a pair for every node first.
		const nodeById = new Map<string, NodeDef>();
		for (const node of this.nodes) nodeById.set(node.id, node);
		this.nodeById = nodeById;
		// Edges whose ends are missing cannot be drawn or walked; a valid dataset has none.
		this.edges = Object.freeze(
			dataset.edges.filter((edge) => this.nodeById.has(edge.from) && this.nodeById.has(edge.to))
		);
		this.nodeKindById = new Map(dataset.kinds.nodes.map((kind) => [kind.id, kind]));
		this.edgeKindById = new Map(dataset.kinds.edges.map((kind) => [kind.id, kind]));
		this.sourceById = new Map(dataset.sources.map((source) => [source.id, source]));
	}

	/** Edges by id. */
	get edgeById(): ReadonlyMap<string, EdgeDef> {
		return (this.#edgeById ??= new Map(this.edges.map((edge) => [edge.id, edge])));
	}

	/** Position of each node in the dataset, for stable ordering of children and layers. */
	get order(): ReadonlyMap<string, number> {
		return (this.#order ??= new Map(this.nodes.map((node, index) => [node.id, index])));
	}

	/** The node with this id, if present. */
	node(id: string): NodeDef | undefined {
		return this.nodeById.get(id);
	}

	/** The edge with this id, if present. */
	edge(id: string): EdgeDef | undefined {
		return this.edgeById.get(id);
	}

	/** The backbone relation kind, if the registry declares one. */
	get backboneKind(): EdgeKind | undefined {
		return this.dataset.kinds.edges.find((kind) => kind.backbone);
	}

	/** Edges leaving `id`, optionally only of one relation kind. */
	outEdges(id: string, kind?: string): readonly EdgeDef[] {
		const edges = (this.#out ??= groupBy(this.edges, 'from')).get(id) ?? NONE;
		return kind === undefined ? edges : edges.filter((edge) => edge.kind === kind);
	}

	/** Edges arriving at `id`, optionally only of one relation kind. */
	inEdges(id: string, kind?: string): readonly EdgeDef[] {
		const edges = (this.#in ??= groupBy(this.edges, 'to')).get(id) ?? NONE;
		return kind === undefined ? edges : edges.filter((edge) => edge.kind === kind);
	}

	/** Ids of the nodes `id` leads / guides along `kind`, in edge order. */
	children(id: string, kind: string): string[] {
		return this.outEdges(id, kind).map((edge) => edge.to);
	}

	/** Ids of the nodes that lead / guide `id` along `kind`, in edge order. */
	parents(id: string, kind: string): string[] {
		return this.inEdges(id, kind).map((edge) => edge.from);
	}
}

/** Builds the immutable index for a dataset that passed {@link validate}. */
export function buildGraph(dataset: Dataset): Graph {
	return new Graph(dataset);
}
