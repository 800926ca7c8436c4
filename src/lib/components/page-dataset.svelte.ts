import type { Dataset } from '#lib/model/types.js';
import { ChartsClient } from '#lib/api-client/charts-client.js';

/** What a page's server load gives it (loadChartForPage): a chart's dataset, or, for a large one, none. */
export interface PageDatasetSource {
	id: string;
	rev: number;
	dataset?: Dataset;
}

/**
 * The dataset a page shows: the one its server sent, or else the one it reads from the chart API
 * once it runs in the browser (undefined meanwhile, and `failed` when that read fails). One read
 * per object, started as it is made: a page makes another for another chart, so an answer for the
 * chart it showed before never lands in the one it shows now.
 */
export class PageDataset {
	// Raw: the chart goes to a worker as it is, and a deep proxy of 30,000 nodes would cost its own time.
	current = $state.raw<Dataset>();
	failed = $state(false);

	constructor(source: PageDatasetSource, client = new ChartsClient()) {
		if (source.dataset) this.current = source.dataset;
		else if (typeof window !== 'undefined') void this.#read(client, source.id, source.rev);
	}

	async #read(client: ChartsClient, id: string, rev: number): Promise<void> {
		try {
			this.current = (await client.get(id, rev)).dataset;
		} catch {
			this.failed = true;
		}
	}
}
