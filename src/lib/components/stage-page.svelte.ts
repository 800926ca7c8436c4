import { page } from '$app/state';
import type { Text } from '#lib/model/types.js';
import type { EmbedOptions, ReadPageOptions } from '#lib/embed/embed-options.js';
import { PageDataset, type PageDatasetSource } from './page-dataset.svelte.js';

/** What the server load of a page that shows one chart gives it (loadStagePage). */
export interface StagePageSource extends PageDatasetSource {
	title: Text;
	options: EmbedOptions;
}

/**
 * A page that shows one chart on a stage (embed, present, speaker notes): its dataset, sent with
 * it or read by it (PageDataset), the options its address asks for and its title.
 */
export class StagePage {
	readonly chart: PageDataset;
	/** The options the server read, or, for a chart the page reads itself, read against it here. */
	readonly options: EmbedOptions;
	/** The chart's own title once it is in, else the one it is listed under. */
	readonly title: Text;

	/** `data`: the page's data, read as it is now; `read`: how the server read the options. */
	constructor(data: () => StagePageSource, read: ReadPageOptions) {
		const chart = (this.chart = new PageDataset(data()));
		this.options = $derived.by(() => {
			const { dataset, options } = data();
			if (dataset || !chart.current) return options;
			// A copy of the address's query (page.url's is read-only), read and let go.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			return read(new URLSearchParams(page.url.search), chart.current);
		});
		this.title = $derived(chart.current?.title ?? data().title);
	}
}
