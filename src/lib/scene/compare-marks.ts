/**
 * What changed between two dates, for marking a chart in compare mode: nodes and relations
 * added or removed, and nodes whose relations changed (a new body to rely on, another parent).
 */
import type { Dataset } from '#lib/model/types.js';
import { asOf } from '#lib/model/as-of.js';
import { diffGraphs, type ItemDiff } from '#lib/model/diff.js';
import { buildGraph } from '#lib/model/graph.js';

/** How an item differs at the later date from the earlier one. */
export type CompareMark = 'added' | 'removed' | 'changed';

/** Marks per node id and per relation id; unchanged items are absent. */
export interface CompareMarks {
	nodes: Map<string, CompareMark>;
	edges: Map<string, CompareMark>;
}

/** The items added and removed, in the order of the whole dataset (`at` gives an id's position in it). */
function inDatasetOrder(diff: ItemDiff, at: (id: string) => number): [string, CompareMark][] {
	const marks = [
		...diff.added.map((id): [string, CompareMark] => [id, 'added']),
		...diff.removed.map((id): [string, CompareMark] => [id, 'removed'])
	];
	return marks.sort(([a], [b]) => at(a) - at(b));
}

/**
 * Compares the structure valid on `before` with the structure valid on `after`: the model's
 * difference between the dataset's graphs as of the two dates, read as marks. A relation exists
 * on a date only when it and both its ends do; a relation added or removed marks its ends changed.
 *
 * @example compareMarks(dataset, '2016-01-01', '2024-01-01').nodes.get('social-work-dept') // 'added'
 */
export function compareMarks(dataset: Dataset, before: string, after: string): CompareMarks {
	const graph = buildGraph(dataset);
	const diff = diffGraphs(asOf(graph, before), asOf(graph, after));
	const nodes = new Map(inDatasetOrder(diff.nodes, (id) => graph.nodeIndex(id)));
	const edges = new Map<string, CompareMark>();
	for (const [id, mark] of inDatasetOrder(diff.edges, (id) => graph.edgeIndex(id))) {
		edges.set(id, mark);
		const edge = graph.edge(id)!;
		for (const end of [edge.from, edge.to]) if (!nodes.has(end)) nodes.set(end, 'changed');
	}
	return { nodes, edges };
}

/** A comparison of two dates, read forward in time: from the earlier date to the later. */
export interface Comparison {
	from: string;
	to: string;
	marks: CompareMarks;
}

/**
 * Compares the structures on two dates whichever is shown: the changes always run from the
 * earlier date to the later, so a body set up between them is added, never removed.
 *
 * @example compareForward(dataset, '2023-03-16', '2018-03-20').from // '2018-03-20'
 */
export function compareForward(dataset: Dataset, shown: string, other: string): Comparison {
	const [from, to] = shown <= other ? [shown, other] : [other, shown];
	return { from, to, marks: compareMarks(dataset, from, to) };
}
