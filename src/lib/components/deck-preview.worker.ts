/**
 * Plans the deck an export would make, off the main thread, for the Export dialog's preview
 * (see deck-preview.ts): planning lays out every page, and on a large chart that takes seconds
 * the page must not freeze for. The dataset arrives once, packed; then each request's address.
 */
import dagre from '@dagrejs/dagre';
import { dagreLib } from '#lib/lazy/dagre.js';
import type { Dataset } from '#lib/model/types.js';
import { deckPreview, type DeckPreview } from '#lib/export/deck-preview.js';
import type { ExportFormat } from '#lib/export/export-query.js';
import { unpackSceneInput, type PackedSceneInput } from '#lib/scene/pack-scene-input.js';

// Pages are laid out in the view's layout, the layered one too.
dagreLib.provide(dagre);

/** A request: the dataset when it is new, and the export address whose file is previewed. */
export interface DeckPreviewRequest {
	id: number;
	dataset?: PackedSceneInput;
	format: ExportFormat;
	url: string;
}

/** An answer: the preview (null when the file is not a deck), or why it could not be made. */
export interface DeckPreviewAnswer {
	id: number;
	preview?: DeckPreview | null;
	error?: string;
}

let dataset: Dataset | null = null;
/** The latest request not yet answered: those it replaced while a plan ran are dropped unplanned. */
let pending: DeckPreviewRequest | null = null;

function answer(): void {
	const { id, format, url } = pending!;
	pending = null;
	let answer: DeckPreviewAnswer;
	try {
		answer = { id, preview: deckPreview(format, url, dataset!) };
	} catch (error) {
		answer = { id, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(answer);
}

self.onmessage = (event: MessageEvent<DeckPreviewRequest>) => {
	if (event.data.dataset) dataset = unpackSceneInput(event.data.dataset);
	// Requests that came while a plan ran (a title typed) are all read before the next plan starts.
	if (!pending) setTimeout(answer);
	pending = event.data;
};
