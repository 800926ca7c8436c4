/**
 * One string for each value a parsed dataset repeats. `JSON.parse` makes a new string for every
 * value it reads: a chart of 100,000 nodes held 205,000 copies of "user" and 100,000 of "leads",
 * and an edge's `from` and `to` were copies of ids its nodes already hold. Each node and edge
 * without citations had an empty array of its own. Sharing them takes about a quarter off the
 * page's heap for a chart read from JSON (see docs/benchmarks.md); the packed format's decoder
 * shares them as it reads. Values are not changed, only which copy of them is held.
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

/**
 * Replaces, in place, each kind and provenance of a parsed dataset's nodes and edges by the one
 * string of that value (the kind's id in `kinds`), each `from` and `to` by the node's own id, and
 * each empty `cites` by {@link NO_CITES}. Only values found are replaced: an unchecked dataset
 * (the full check comes later) is left as it is where it is not what a dataset should be.
 */
export function shareRepeats({ kinds, nodes, edges }: Pick<Dataset, 'kinds' | 'nodes' | 'edges'>): void {
	// A handful of values: compared in turn, which is cheaper than hashing each copy.
	const few: string[] = [...PROVENANCES];
	for (const kind of [...kinds.nodes, ...kinds.edges]) if (typeof kind?.id === 'string') few.push(kind.id);
	const ids = new Map<unknown, string>();
	for (const node of nodes) {
		shareFew(node, few);
		ids.set(node.id, node.id);
	}
	for (const edge of edges) {
		shareFew(edge, few);
		const from = ids.get(edge.from);
		if (from !== undefined) edge.from = from;
		const to = ids.get(edge.to);
		if (to !== undefined) edge.to = to;
	}
}

/** Shares the kind and provenance of a node or edge, when they are among `few`, and an empty `cites`. */
function shareFew(record: NodeDef | EdgeDef, few: readonly string[]): void {
	const kind = few.indexOf(record.kind);
	if (kind >= 0) record.kind = few[kind];
	const provenance = few.indexOf(record.provenance);
	if (provenance >= 0) record.provenance = few[provenance] as Provenance;
	if (Array.isArray(record.cites) && record.cites.length === 0) record.cites = NO_CITES;
}
