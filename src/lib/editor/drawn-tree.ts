import { datasetAsOf } from '#lib/model/as-of.js';
import { buildGraph, type Graph } from '#lib/model/graph.js';
import { treeParents } from '#lib/model/tree-parents.js';
import type { Dataset, EdgeDef, ViewState } from '#lib/model/types.js';
import { treeKinds } from '#lib/scene/visible-graph.js';
import type { DrawnTree } from './edit-command.js';

/**
 * The tree a view draws of a dataset, as an edit names it.
 * @example drawnTree(opinions2015, {}) → { kinds: ['lead-manage', 'party-lead', 'guide', …] }
 */
export function drawnTree(dataset: Dataset, view: ViewState): DrawnTree {
	return { kinds: treeKinds(dataset, view), ...(view.asOf !== undefined && { asOf: view.asOf }) };
}

/**
 * The relation that hangs a node under its parent in the drawn tree, or undefined for a root (or
 * a node not there on the date shown): the parent the chart draws and the editor names.
 * @example drawnParentEdge(opinions2015, tree, 'central-organisation-dept')?.kind → 'party-lead'
 */
export function drawnParentEdge(dataset: Dataset, tree: DrawnTree, id: string): EdgeDef | undefined {
	const { shown, graph, parents } = treeIn(dataset, tree);
	const at = graph.nodeIndex(id);
	const edge = at < 0 ? -1 : parents[at];
	return edge < 0 ? undefined : shown.edges[edge];
}

/** The relations that hang the children drawn under a node, in dataset order. */
export function drawnChildEdges(dataset: Dataset, tree: DrawnTree, id: string): EdgeDef[] {
	const { shown, graph, parents } = treeIn(dataset, tree);
	const at = graph.nodeIndex(id);
	const edges: EdgeDef[] = [];
	if (at < 0) return edges;
	for (const edge of parents) if (edge >= 0 && graph.from[edge] === at) edges.push(shown.edges[edge]);
	return edges;
}

/** Every node drawn below `id`, nearest first, without `id` itself. */
export function drawnDescendants(dataset: Dataset, tree: DrawnTree, id: string): string[] {
	const { graph, parents } = treeIn(dataset, tree);
	const start = graph.nodeIndex(id);
	if (start < 0) return [];
	const children = graph.nodes.map((): number[] => []);
	parents.forEach((edge, i) => {
		if (edge >= 0) children[graph.from[edge]].push(i);
	});
	const queue = [start];
	// Pushed one by one: spread into push, a node of a hundred thousand children overflowed the stack.
	for (let q = 0; q < queue.length; q++) for (const child of children[queue[q]]) queue.push(child);
	return queue.slice(1).map((i) => graph.nodes[i].id);
}

/** The dataset on the date shown, its graph, and the relation (its index) hanging each node. */
function treeIn(dataset: Dataset, tree: DrawnTree): { shown: Dataset; graph: Graph; parents: Int32Array } {
	const shown = tree.asOf === undefined ? dataset : datasetAsOf(dataset, tree.asOf);
	return { shown, graph: buildGraph(shown), parents: treeParents(shown, tree.kinds) };
}
