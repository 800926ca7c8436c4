import { IdTable } from './id-table.js';
import type { Dataset } from './types.js';

/**
 * A dataset's nodes by position: each node id's index in `dataset.nodes`, and each relation's
 * ends as such indexes (-1 for an end that is missing, which a valid dataset never has). Walks
 * over a large chart run on these numbers instead of looking ids up in maps at every step.
 */
export interface DatasetIndex {
	readonly at: IdTable;
	readonly from: Int32Array;
	readonly to: Int32Array;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset, built once per dataset object. */
export function datasetIndex(dataset: Dataset): DatasetIndex {
	let index = indexes.get(dataset);
	if (index) return index;
	const { nodes, edges } = dataset;
	const ids = new Array<string>(nodes.length);
	for (let i = 0; i < nodes.length; i++) ids[i] = nodes[i].id;
	const at = new IdTable(ids);
	const from = new Int32Array(edges.length);
	const to = new Int32Array(edges.length);
	for (let e = 0; e < edges.length; e++) {
		from[e] = at.get(edges[e].from);
		to[e] = at.get(edges[e].to);
	}
	indexes.set(dataset, (index = { at, from, to }));
	return index;
}
