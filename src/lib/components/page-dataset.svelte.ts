import type { Dataset } from '#lib/model/types.js';

/** What a page's server load gives it: a chart's dataset, or where to read a large one (loadChartForPage). */
export interface PageDatasetSource {
	dataset?: Dataset;
	datasetHref?: string;
}

/**
 * The dataset a page shows: the one its server sent, or else the one it reads from the chart API
 * once it runs in the browser (undefined meanwhile, and `failed` when that read fails).
 */
export class PageDataset {
	// Raw: the chart goes to a worker as it is, and a deep proxy of 30,000 nodes would cost its own time.
	current = $state.raw<Dataset>();
	failed = $state(false);

	constructor(source: PageDatasetSource) {
		if (source.dataset) this.current = source.dataset;
		else if (source.datasetHref && typeof window !== 'undefined') void this.#read(source.datasetHref);
	}

	async #read(href: string): Promise<void> {
		try {
			const res = await fetch(href);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			this.current = ((await res.json()) as { dataset: Dataset }).dataset;
		} catch {
			this.failed = true;
		}
	}
}
