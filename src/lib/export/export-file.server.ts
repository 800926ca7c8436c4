import type { Dataset, ViewState } from '#lib/model/types.js';
import type { Scene } from '#lib/scene/types.js';
import { deckFormat } from './export-deck.js';
import type { ExportFormat } from './export-query.js';
import type { ExportOptions, PngSize } from './options.js';
import { exportPdf } from './pdf.js';
import { exportPdfView } from './pdf-deck.js';
import { exportPng } from './png.js';
import { deckPagePng, exportPngView } from './png-slides.js';
import { exportPptx, exportPptxView } from './pptx.js';
import { portableFile, type ExportedFile } from './portable-file.js';

/**
 * What one export needs: the view's Scene, the dataset behind it, and the CJK font's bytes. With
 * the view, PPTX and PDF are planned as readable decks (re-laid out page by page); without it
 * they draw the Scene as it is on one page.
 */
export interface ExportInput {
	scene: Scene;
	dataset: Dataset;
	options: ExportOptions;
	table?: 'nodes' | 'edges';
	view?: ViewState;
	font: Uint8Array;
	signal?: AbortSignal;
}

/**
 * Runs the exporter for a format: drawings from the Scene, data from the dataset as of the
 * Scene's date. Server-only (PNG draws on Skia's native canvas, PDF Node's Buffer): the HTTP API
 * calls it, and the browser can fetch PNG and PDF from there; the other formats are the page's
 * to write too (portable-file.ts).
 */
export async function exportFile(format: ExportFormat, input: ExportInput): Promise<ExportedFile> {
	const { scene, dataset, options, font, view } = input;
	const readablePdf = view && deckFormat('pdf', options);
	switch (format) {
		case 'png':
			return options.size
				? slidePng(input, options.size)
				: {
						bytes: await exportPng(scene, { ...options, font, signal: input.signal }),
						contentType: 'image/png',
						extension: 'png'
					};
		case 'pdf':
			return {
				bytes: readablePdf
					? await exportPdfView(dataset, view, { ...options, font })
					: await exportPdf(scene, { ...options, font }),
				contentType: 'application/pdf',
				extension: 'pdf'
			};
		case 'pptx':
			return {
				bytes: view ? exportPptxView(dataset, view, options) : exportPptx(scene, options),
				contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
				extension: 'pptx'
			};
		default:
			return portableFile(format, { ...input, scene: () => scene, asOf: scene.asOf });
	}
}

/**
 * A slide-sized PNG (see {@link exportPngView}): one picture, or a ZIP of the readable deck's
 * pictures when one is too small to read. Without a view, the Scene as it is on one picture.
 */
async function slidePng(input: ExportInput, size: PngSize): Promise<ExportedFile> {
	const { scene, dataset, view, options, font, signal } = input;
	const png = { ...options, size, font, signal };
	if (!view) {
		const page = { scene, title: options.title ?? scene.title, continued: {} };
		const bytes = await deckPagePng(page, options.sourceLine ?? scene.sourceLine, png);
		return { bytes, contentType: 'image/png', extension: 'png' };
	}
	const file = await exportPngView(dataset, view, png);
	return file.zip
		? { bytes: file.bytes, contentType: 'application/zip', extension: 'zip' }
		: { bytes: file.bytes, contentType: 'image/png', extension: 'png' };
}

/**
 * A Content-Disposition header for a download: the exact name in RFC 5987 form, so Chinese
 * titles survive, and an ASCII name for tools that read only that (`fallback` made safe, e.g.
 * the chart's id where the name is a Chinese title).
 */
export function attachment(name: string, fallback = name): string {
	const ascii = fallback.replace(/[^\w.-]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
