import type { Dataset, EdgeDef, NodeDef } from './types.js';
import { isValidOn } from './dates.js';
import { buildGraph, type Graph } from './graph.js';

/** How many dates' structures each dataset keeps: the date shown and the one compared with, and a step either way. */
const KEPT_DATES = 4;
const recent = new WeakMap<Dataset, Map<string, Dataset>>();

/**
 * The dataset as it stood on `date`: nodes and edges valid on that day, and only edges whose
 * two ends are still present. Kinds, sources and views are kept whole. The last few dates asked
 * of a dataset are kept, so building a view again on the same date reuses that date's dataset
 * and with it its Graph.
 */
export function datasetAsOf(dataset: Dataset, date: string): Dataset {
	let dates = recent.get(dataset);
	if (!dates) recent.set(dataset, (dates = new Map()));
	let then = dates.get(date);
	if (then) dates.delete(date);
	else then = filterOn(buildGraph(dataset), date);
	dates.set(date, then);
	if (dates.size > KEPT_DATES) dates.delete(dates.keys().next().value!);
	return then;
}

function filterOn(graph: Graph, date: string): Dataset {
	const { dataset, from, to } = graph;
	const kept = new Uint8Array(dataset.nodes.length);
	const nodes: NodeDef[] = [];
	dataset.nodes.forEach((node, i) => {
		if (isValidOn(node.valid, date)) {
			kept[i] = 1;
			nodes.push(node);
		}
	});
	const edges: EdgeDef[] = [];
	dataset.edges.forEach((edge, e) => {
		if (from[e] >= 0 && to[e] >= 0 && kept[from[e]] && kept[to[e]] && isValidOn(edge.valid, date))
			edges.push(edge);
	});
	return { ...dataset, nodes, edges };
}

/**
 * The graph as it stood on `date` (see `datasetAsOf`).
 * @example asOf(graph, '2016-01-01').node('central-state-organs') → undefined (set up in 2018)
 */
export function asOf(graph: Graph, date: string): Graph {
	return buildGraph(datasetAsOf(graph.dataset, date));
}
