import type { EdgeKind, Kinds, NodeKind } from './types.js';

/**
 * A dataset's kinds registry by id, and the answers every screen asks of it: which relation kind
 * is the backbone, which tree a view draws, what a tier is called. Built once per registry object
 * ({@link kindTable}), so the copies of a dataset as of a date, which share their registry, share it.
 */
export class KindTable {
	readonly kinds: Kinds;
	readonly #nodes = new Map<string, NodeKind>();
	readonly #edges = new Map<string, EdgeKind>();
	readonly #tiers = new Map<number, NodeKind>();
	/** The relation kind that forms the dataset's tree, if the registry declares one. */
	readonly backbone: EdgeKind | undefined;

	constructor(kinds: Kinds) {
		this.kinds = kinds;
		// The first of a repeated id wins, as a scan from the front would find it.
		for (const kind of kinds.nodes) if (!this.#nodes.has(kind.id)) this.#nodes.set(kind.id, kind);
		for (const kind of kinds.edges) if (!this.#edges.has(kind.id)) this.#edges.set(kind.id, kind);
		for (const kind of kinds.nodes)
			if (kind.tier !== undefined && !this.#tiers.has(kind.tier)) this.#tiers.set(kind.tier, kind);
		this.backbone = kinds.edges.find((kind) => kind.backbone);
	}

	/** Node kinds by id. */
	get nodeKinds(): ReadonlyMap<string, NodeKind> {
		return this.#nodes;
	}

	/** Relation kinds by id. */
	get edgeKinds(): ReadonlyMap<string, EdgeKind> {
		return this.#edges;
	}

	/** The node kind with this id, if registered. */
	node(id: string | undefined): NodeKind | undefined {
		return id === undefined ? undefined : this.#nodes.get(id);
	}

	/** The relation kind with this id, if registered. */
	edge(id: string | undefined): EdgeKind | undefined {
		return id === undefined ? undefined : this.#edges.get(id);
	}

	/**
	 * The relation kind a view draws as its tree: the view's choice when it is hierarchical, else
	 * the backbone, else the first kind ('' for a registry without relation kinds).
	 * @example kindTable(kinds).treeKind('guide') → 'guide' when guidance is hierarchical
	 */
	treeKind(chosen?: string): string {
		const kind = this.edge(chosen);
		if (kind?.hierarchical) return kind.id;
		return this.backbone?.id ?? this.kinds.edges[0]?.id ?? '';
	}

	/** The first node kind of a tier, e.g. the kind one level below a parent's. */
	nodeKindOfTier(tier: number): NodeKind | undefined {
		return this.#tiers.get(tier);
	}
}

const tables = new WeakMap<Kinds, KindTable>();

/**
 * The table of a kinds registry, built once per registry object.
 * @example kindTable(dataset.kinds).node('county-work-body')?.label.zh
 */
export function kindTable(kinds: Kinds): KindTable {
	let table = tables.get(kinds);
	if (!table) tables.set(kinds, (table = new KindTable(kinds)));
	return table;
}
