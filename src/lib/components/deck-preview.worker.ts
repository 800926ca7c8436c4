/**
 * Plans the file an export would make, off the main thread, for the Export dialog's preview and
 * its text-size note (see file-preview.ts): planning lays out every page, and on a large chart
 * that takes seconds the page must not freeze for. The dataset arrives once, packed; then each
 * request's address.
 */
import dagre from '@dagrejs/dagre';
import { dagreLib } from '#lib/lazy/dagre.js';
import type { Dataset } from '#lib/model/types.js';
import type { ExportFormat } from '#lib/export/export-query.js';
import { filePreview, type FilePreview } from '#lib/export/file-preview.js';
import { unpackSceneInput, type PackedSceneInput } from '#lib/scene/pack-scene-input.js';

// Pages are laid out in the view's layout, the layered one too.
dagreLib.provide(dagre);

/**
 * A request: the dataset when it is new, the export address whose file is previewed, and
 * whether a deck's first page is drawn.
 */
export interface DeckPreviewRequest {
	id: number;
	dataset?: PackedSceneInput;
	format: ExportFormat;
	url: string;
	draw: boolean;
}

/** An answer: the preview, or why it could not be made. */
export interface DeckPreviewAnswer {
	id: number;
	preview?: FilePreview;
	error?: string;
}

let dataset: Dataset | null = null;
/** The latest request not yet answered: those it replaced while a plan ran are dropped unplanned. */
let pending: DeckPreviewRequest | null = null;

function answer(): void {
	const { id, format, url, draw } = pending!;
	pending = null;
	let answer: DeckPreviewAnswer;
	try {
		answer = { id, preview: filePreview(format, url, dataset!, draw) };
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
