/**
 * One string for each value a parsed dataset repeats. `JSON.parse` makes a new string for every
 * value it reads: a chart of 100,000 nodes held 205,000 copies of "user" and 100,000 of "leads",
 * and an edge's `from` and `to` were copies of ids its nodes already hold. Each node and edge
 * without citations had an empty array of its own. Sharing them takes about a third off the
 * page's heap for a chart read from JSON (see docs/benchmarks.md); the packed format's decoder
 * takes kinds from its table and ids from the nodes it has read, so it makes no such copies of
 * strings. Values are not changed, only which copy of them is held.
 */
import {
	PROVENANCES,
	type Citation,
	type Dataset,
	type EdgeDef,
	type NodeDef,
	type Provenance
} from './types.js';

/** The citations of every node and edge that has none: frozen, so that no one adds to all of them. */
export const NO_CITES: Citation[] = Object.freeze([]) as unknown as Citation[];

/** Up to this many kinds and provenances are compared in turn, which is cheaper than hashing each copy; more are looked up. */
const COMPARED = 32;

/**
 * Replaces, in place, each kind and provenance of a parsed dataset's nodes and edges by the one
 * string of that value (the kind's id in `kinds`), each `from` and `to` by the node's own id, and
 * each empty `cites` by {@link NO_CITES}. Only values found are replaced: an unchecked dataset
 * (the full check comes later) is left as it is where it is not what a dataset should be.
 */
export function shareRepeats({ kinds, nodes, edges }: Pick<Dataset, 'kinds' | 'nodes' | 'edges'>): void {
	const sharer = new RepeatSharer(kinds);
	sharer.nodes(nodes);
	sharer.edges(edges);
}

/**
 * {@link shareRepeats} a list at a time, for a dataset parsed in slices (see
 * deferred-dataset.ts): an edge's ends are shared among the nodes given before it.
 */
export class RepeatSharer {
	readonly #name: (value: unknown) => string | undefined;
	readonly #ids = new Map<unknown, string>();

	constructor(kinds: Dataset['kinds']) {
		const names: string[] = [...PROVENANCES];
		for (const kind of [...kinds.nodes, ...kinds.edges])
			if (typeof kind?.id === 'string') names.push(kind.id);
		this.#name = oneOf(names);
	}

	/** Shares what these nodes repeat, and keeps their ids for the edges that name them. */
	nodes(nodes: readonly NodeDef[]): void {
		for (const node of nodes) {
			shareNames(node, this.#name);
			this.#ids.set(node.id, node.id);
		}
	}

	/** Shares what these edges repeat, their ends among the nodes given so far. */
	edges(edges: readonly EdgeDef[]): void {
		const ids = this.#ids;
		for (const edge of edges) {
			shareNames(edge, this.#name);
			const from = ids.get(edge.from);
			if (from !== undefined) edge.from = from;
			const to = ids.get(edge.to);
			if (to !== undefined) edge.to = to;
		}
	}
}

/** The one string among `values` equal to a value, or undefined: compared in turn when they are few, else looked up. */
function oneOf(values: string[]): (value: unknown) => string | undefined {
	if (values.length > COMPARED) {
		const map = new Map<unknown, string>(values.map((value) => [value, value]));
		return (value) => map.get(value);
	}
	return (value) => {
		const at = values.indexOf(value as string);
		return at < 0 ? undefined : values[at];
	};
}

/** Shares the kind and provenance of a node or edge, where `name` has them, and an empty `cites`. */
function shareNames(record: NodeDef | EdgeDef, name: (value: unknown) => string | undefined): void {
	const kind = name(record.kind);
	if (kind !== undefined) record.kind = kind;
	const provenance = name(record.provenance);
	if (provenance !== undefined) record.provenance = provenance as Provenance;
	if (Array.isArray(record.cites) && record.cites.length === 0) record.cites = NO_CITES;
}
