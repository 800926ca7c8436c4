import type { Dataset } from './types.js';

/**
 * A dataset's nodes by position: each node id's index in `dataset.nodes`, and each relation's
 * ends as such indexes (-1 for an end that is missing, which a valid dataset never has). Walks
 * over a large chart run on these numbers instead of looking ids up in maps at every step.
 */
export interface DatasetIndex {
	readonly at: ReadonlyMap<string, number>;
	readonly from: Int32Array;
	readonly to: Int32Array;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset, built once per dataset object. */
export function datasetIndex(dataset: Dataset): DatasetIndex {
	let index = indexes.get(dataset);
	if (index) return index;
	const at = new Map<string, number>();
	dataset.nodes.forEach((node, i) => at.set(node.id, i));
	const from = new Int32Array(dataset.edges.length);
	const to = new Int32Array(dataset.edges.length);
	dataset.edges.forEach((edge, e) => {
		from[e] = at.get(edge.from) ?? -1;
		to[e] = at.get(edge.to) ?? -1;
	});
	indexes.set(dataset, (index = { at, from, to }));
	return index;
}
