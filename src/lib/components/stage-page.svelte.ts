import { untrack } from 'svelte';
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
	readonly #chart: PageDataset;
	/** The options the server read, or, for a chart the page reads itself, read against it here. */
	readonly options: EmbedOptions;
	/** The chart's own title once it is in, else the one it is listed under. */
	readonly title: Text;

	/** `data`: the page's data, read as it is now; `read`: how the server read the options. */
	constructor(data: () => StagePageSource, read: ReadPageOptions) {
		// Made again when the page moves to another chart or revision, and only then: made once,
		// a move in the app from one chart's page to another's had kept the first one's drawing
		// under the second one's title. Each is read once, so an old read never lands in a new one.
		const shown = $derived(`${data().id} ${data().rev}`);
		this.#chart = $derived.by(() => {
			void shown;
			return untrack(() => new PageDataset(data()));
		});
		this.options = $derived.by(() => {
			const { dataset, options } = data();
			const chart = this.#chart;
			if (dataset || !chart.current) return options;
			// A copy of the address's query (page.url's is read-only), read and let go.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			return read(new URLSearchParams(page.url.search), chart.current);
		});
		this.title = $derived(this.#chart.current?.title ?? data().title);
	}

	/** The chart's dataset: sent with the page or read by it. */
	get chart(): PageDataset {
		return this.#chart;
	}
}
