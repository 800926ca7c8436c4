import type { Dataset } from './types.js';
import { isValidOn } from './dates.js';
import { Graph } from './graph.js';

/**
 * The dataset as it stood on `date`: nodes and edges valid on that day, and only edges whose
 * two ends are still present. Kinds, sources and views are kept whole.
 */
export function datasetAsOf(dataset: Dataset, date: string): Dataset {
	const nodes = dataset.nodes.filter((node) => isValidOn(node.valid, date));
	const kept = new Set(nodes.map((node) => node.id));
	const edges = dataset.edges.filter(
		(edge) => isValidOn(edge.valid, date) && kept.has(edge.from) && kept.has(edge.to)
	);
	return { ...dataset, nodes, edges };
}

/**
 * The graph as it stood on `date` (see `datasetAsOf`).
 * @example asOf(graph, '2016-01-01').node('central-state-organs') → undefined (set up in 2018)
 */
export function asOf(graph: Graph, date: string): Graph {
	return new Graph(datasetAsOf(graph.dataset, date));
}
