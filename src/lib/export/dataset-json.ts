import type { Dataset } from '#lib/model/types.js';
import { datasetAsOf } from '#lib/model/as-of.js';

/**
 * Exports the dataset in its own `tiaokuai/1` format (pretty-printed, UTF-8), optionally as it
 * stood on `asOf`. The file imports back unchanged.
 */
export function exportDatasetJson(dataset: Dataset, asOf?: string): Uint8Array {
	return new TextEncoder().encode(
		JSON.stringify(asOf ? datasetAsOf(dataset, asOf) : dataset, null, '\t') + '\n'
	);
}
