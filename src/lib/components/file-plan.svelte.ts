import type { Dataset } from '#lib/model/types.js';
import type { DeckPreview } from '#lib/export/deck-preview.js';
import type { ExportFormat } from '#lib/export/export-query.js';
import type { PageTextSizes } from '#lib/export/readable.js';
import { DeckPreviewClient } from './deck-preview-client.js';

/**
 * The Export dialog's plan of the file about to be made, from the deck preview worker (see
 * file-preview.ts): a deck's first page as an image address, and how large the text of a file of
 * one page comes out, both from the planning the file is made from. What is shown stays while a
 * newer plan runs (`planning`), and is replaced by the latest settings' only.
 */
export class FilePlan {
	/** The deck's preview, or why the plan failed; null for a file that is not a deck or not drawn. */
	deck: { src: string; preview: DeckPreview } | { error: string } | null = $state(null);
	/** How large the text of a file of one page comes out; null for other files. */
	text: PageTextSizes | null = $state(null);
	/** A newer plan is running: what is shown is of earlier settings. */
	planning = $state(false);
	/** How many pages the planned deck has, drawn or not; null for a file that is not a deck. */
	#pages: number | null = $state(null);
	#client: DeckPreviewClient | null = null;
	/** Cleared since the last request: its answer, still to come, is of a file no longer chosen. */
	#cleared = false;
	/** The format last asked for. */
	#format: ExportFormat | null = null;

	/**
	 * How many pages the deck planned for the latest settings has, its first page drawn or not (a
	 * large chart's is drawn only when asked for, and its count had been unknown until then);
	 * undefined while planning and for a file that is not a deck.
	 */
	get pages(): number | undefined {
		return this.planning ? undefined : (this.#pages ?? undefined);
	}

	/** Plans the file `url` makes of `dataset` as `format`, a deck's first page drawn when `draw`. */
	request(dataset: Dataset, format: ExportFormat, url: string, draw: boolean): void {
		this.#client ??= new DeckPreviewClient(
			({ deck, pages, text }) => {
				if (this.#cleared) return;
				const src = (svg: string) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
				this.#show(deck && { src: src(deck.svg), preview: deck }, pages, text);
			},
			(error) => {
				if (!this.#cleared) this.#show({ error }, null, null);
			}
		);
		// Sizes said of another format's file would be said of this one until the answer comes.
		if (format !== this.#format) this.text = null;
		this.#format = format;
		this.#cleared = false;
		this.planning = true;
		this.#client.request(dataset, format, url, draw);
	}

	/** Forgets the plan shown: the file chosen now has nothing planned to show. */
	clear(): void {
		this.#cleared = true;
		this.#show(null, null, null);
	}

	/** Stops the worker and lets the page's image go. */
	close(): void {
		this.#client?.terminate();
		this.#client = null;
		this.clear();
	}

	#show(deck: FilePlan['deck'], pages: number | null, text: PageTextSizes | null): void {
		if (this.deck && 'src' in this.deck) URL.revokeObjectURL(this.deck.src);
		this.deck = deck;
		this.#pages = pages;
		this.text = text;
		this.planning = false;
	}
}
