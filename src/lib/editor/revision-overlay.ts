import { diffGraphs, type ItemDiff } from '#lib/model/diff.js';
import { buildGraph } from '#lib/model/graph.js';
import { kindTable } from '#lib/model/kind-table.js';
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
 * removed or changed: the model's difference between the two (`diffGraphs`), items matched by id.
 *
 * @example
 * revisionOverlay(rev3, rev4).nodes.get('county-7') // 'added'
 */
export function revisionOverlay(before: Dataset, after: Dataset): RevisionOverlay {
	const old = buildGraph(before);
	const now = buildGraph(after);
	const diff = diffGraphs(old, now);
	const nodes = marks(diff.nodes, after.nodes);
	const edges = marks(diff.edges, after.edges);
	const removedNodes = diff.nodes.removed.map((id) => old.node(id)!);
	const removedIds = new Set(diff.nodes.removed);
	const present = (id: string) => now.nodeIndex(id) >= 0 || removedIds.has(id);
	const removedEdges = diff.edges.removed
		.map((id) => old.edge(id)!)
		.filter((e) => present(e.from) && present(e.to));
	// Kinds removed in the newer revision are kept so removed items still draw with their look.
	const kept = kindTable(after.kinds);
	const nodeKinds = [...after.kinds.nodes, ...before.kinds.nodes.filter((k) => !kept.node(k.id))];
	const edgeKinds = [...after.kinds.edges, ...before.kinds.edges.filter((k) => !kept.edge(k.id))];
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

/** A difference as marks, in the newer revision's order, the removed items last. */
function marks(diff: ItemDiff, after: readonly { id: string }[]): Map<string, Change> {
	const added = new Set(diff.added);
	const changed = new Set(diff.changed.map((change) => change.id));
	const found = new Map<string, Change>();
	for (const { id } of after)
		if (added.has(id)) found.set(id, 'added');
		else if (changed.has(id)) found.set(id, 'changed');
	for (const id of diff.removed) found.set(id, 'removed');
	return found;
}
