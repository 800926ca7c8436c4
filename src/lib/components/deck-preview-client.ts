import type { Dataset } from '#lib/model/types.js';
import type { ExportFormat } from '#lib/export/export-query.js';
import type { FilePreview } from '#lib/export/file-preview.js';
import type { DeckPreviewAnswer, DeckPreviewRequest } from './deck-preview.worker.js';
import { postWithDataset } from './post-dataset.js';

/**
 * The Export dialog's side of the deck preview worker: sends the dataset once (again only when
 * it changes) and each export address after it, and hands back only the answer to the latest,
 * so a slow plan never overwrites a newer one.
 */
export class DeckPreviewClient {
	#worker: Worker;
	#sent: Dataset | null = null;
	#latest = 0;

	/** `onpreview` gets the latest request's preview; `onerror` why it (or the worker) failed. */
	constructor(onpreview: (preview: FilePreview) => void, onerror: (message: string) => void) {
		this.#worker = new Worker(new URL('./deck-preview.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (event: MessageEvent<DeckPreviewAnswer>) => {
			if (event.data.id !== this.#latest) return;
			if (event.data.error !== undefined) onerror(event.data.error);
			else onpreview(event.data.preview!);
		};
		this.#worker.onerror = (event: ErrorEvent) => {
			event.preventDefault();
			onerror(event.message || 'The preview worker could not start.');
		};
	}

	/** Asks for the preview of the file `url` makes of `dataset` as `format`, a deck's first page drawn when `draw`. */
	request(dataset: Dataset, format: ExportFormat, url: string, draw: boolean): void {
		const message: DeckPreviewRequest = { id: ++this.#latest, format, url, draw };
		this.#sent = postWithDataset(this.#worker, message, dataset, this.#sent);
	}

	/** Stops the worker. */
	terminate(): void {
		this.#worker.terminate();
	}
}
