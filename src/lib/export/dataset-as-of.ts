import type { Dataset, Validity } from '#lib/model/types.js';

/** Whether a validity interval holds on a date: `from` inclusive, `to` exclusive, open ends unbounded. */
export function validOn(valid: Validity | undefined, date: string): boolean {
	return (!valid?.from || valid.from <= date) && (!valid?.to || date < valid.to);
}

/**
 * The dataset as it stood on `asOf`: nodes and edges valid that day, and only edges whose both
 * ends remain. Without a date the dataset is returned as it is.
 */
export function datasetAsOf(dataset: Dataset, asOf?: string): Dataset {
	if (!asOf) return dataset;
	const nodes = dataset.nodes.filter((n) => validOn(n.valid, asOf));
	const ids = new Set(nodes.map((n) => n.id));
	const edges = dataset.edges.filter((e) => validOn(e.valid, asOf) && ids.has(e.from) && ids.has(e.to));
	return { ...dataset, nodes, edges };
}
