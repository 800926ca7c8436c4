import type { Dataset } from '#lib/model/types.js';

/** How a node or relation differs between two revisions. */
export type Change = 'added' | 'removed' | 'changed';

/** A dataset to draw a comparison on, and how each item differs. */
export interface RevisionOverlay {
	/** The newer revision plus the items only the older one had, so removals show in place. */
	dataset: Dataset;
	nodes: Map<string, Change>;
	edges: Map<string, Change>;
}

/**
 * Lays two revisions over each other for a diff view on the chart: the newer one, with removed
 * nodes and relations put back (where both ends still exist) and every item marked added,
 * removed or changed. Items are matched by id; any difference in content counts as a change.
 *
 * @example
 * revisionOverlay(rev3, rev4).nodes.get('county-7') // 'added'
 */
export function revisionOverlay(before: Dataset, after: Dataset): RevisionOverlay {
	const nodes = compare(before.nodes, after.nodes);
	const edges = compare(before.edges, after.edges);
	const removedNodes = before.nodes.filter((n) => nodes.get(n.id) === 'removed');
	const ids = new Set([...after.nodes, ...removedNodes].map((n) => n.id));
	const removedEdges = before.edges.filter(
		(e) => edges.get(e.id) === 'removed' && ids.has(e.from) && ids.has(e.to)
	);
	// Kinds removed in the newer revision are kept so removed items still draw with their look.
	const nodeKinds = [
		...after.kinds.nodes,
		...before.kinds.nodes.filter((k) => !after.kinds.nodes.some((a) => a.id === k.id))
	];
	const edgeKinds = [
		...after.kinds.edges,
		...before.kinds.edges.filter((k) => !after.kinds.edges.some((a) => a.id === k.id))
	];
	return {
		dataset: {
			...after,
			kinds: { nodes: nodeKinds, edges: edgeKinds },
			nodes: [...after.nodes, ...removedNodes],
			edges: [...after.edges, ...removedEdges]
		},
		nodes,
		edges
	};
}

/** Marks items by id: in `after` only, in `before` only, or in both with other content. */
function compare<T extends { id: string }>(before: readonly T[], after: readonly T[]): Map<string, Change> {
	const old = new Map(before.map((x) => [x.id, JSON.stringify(x)]));
	const changes = new Map<string, Change>();
	for (const x of after) {
		const was = old.get(x.id);
		if (was === undefined) changes.set(x.id, 'added');
		else if (was !== JSON.stringify(x)) changes.set(x.id, 'changed');
		old.delete(x.id);
	}
	for (const id of old.keys()) changes.set(id, 'removed');
	return changes;
}
