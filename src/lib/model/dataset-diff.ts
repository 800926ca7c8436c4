import { diffGraphs, type GraphDiff } from './diff.js';
import { buildGraph } from './graph.js';
import type { Dataset } from './types.js';

/** What changed between two versions of a dataset: nodes and edges by id, and which other parts differ. */
export interface DatasetDiff extends GraphDiff {
	title: boolean;
	/** True when the kinds registry, the sources or the views differ. */
	kinds: boolean;
	sources: boolean;
	views: boolean;
}

/** Counts of a diff, small enough to keep with every revision. */
export interface DiffSummary {
	nodes: { added: number; removed: number; changed: number };
	edges: { added: number; removed: number; changed: number };
	title: boolean;
	kinds: boolean;
	sources: boolean;
	views: boolean;
}

/**
 * Compares two versions of a dataset: nodes and edges with the model's {@link diffGraphs}, plus
 * whether the title, kinds registry, sources and views changed.
 *
 * @example
 * diffDatasets(a, b).nodes.added // ['county-1']
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
	return {
		...diffGraphs(buildGraph(before), buildGraph(after)),
		title: canonical(before.title) !== canonical(after.title),
		kinds: canonical(before.kinds) !== canonical(after.kinds),
		sources: canonical(before.sources) !== canonical(after.sources),
		views: canonical(before.views ?? []) !== canonical(after.views ?? [])
	};
}

/** The counts of a diff. */
export function summariseDiff(diff: DatasetDiff): DiffSummary {
	const count = (d: GraphDiff['nodes']) => ({
		added: d.added.length,
		removed: d.removed.length,
		changed: d.changed.length
	});
	const { title, kinds, sources, views } = diff;
	return { nodes: count(diff.nodes), edges: count(diff.edges), title, kinds, sources, views };
}

/** JSON with object keys sorted, so that key order does not count as a change. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}
