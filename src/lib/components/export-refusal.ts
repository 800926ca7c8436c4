/**
 * Why the Export dialog cannot make the file asked for, said before the download in the reader's
 * language: a chart the server does not hold that is past what one request may carry (see
 * model/limits.ts: its nodes and relations counted before, its JSON's size once it has been
 * written, at the first download), for a format only the server makes; a title or source line
 * longer than the API takes; a PNG past the largest; a tiled PDF of more pages than the most;
 * more slide pictures than one download holds, once the file is planned (file-plan.svelte.ts).
 */
import type { Dataset, Lang } from '#lib/model/types.js';
import type { SceneHead } from '#lib/scene/types.js';
import type { ExportOptions } from '#lib/export/options.js';
import { isPortable, type ExportFormat } from '#lib/export/export-query.js';
import { largestPngScale, MAX_PNG_PIXELS, MAX_PNG_SIDE, pngFits, pngSize } from '#lib/export/png-size.js';
import { largestPdfTileScale, MAX_PDF_PAGES, pdfTilePages } from '#lib/export/pdf-tiles.js';
import { slidePicturesRefusal } from '#lib/export/slide-png-size.js';
import { checkLimits, limits } from '#lib/model/limits.js';
import { te } from '#lib/i18n/export-strings.js';

/** What the dialog is about to export. */
export interface ExportAsked {
	format: ExportFormat;
	/** Whether the server holds the chart (a built-in or stored one): nothing is sent then. */
	held: boolean;
	dataset: Dataset;
	/** The size of the chart's JSON as sent, when it has been written (see {@link requestBody}). */
	bodyBytes?: number;
	/** The head of the Scene the file draws: its bounds and legend give a PNG's size. */
	head: SceneHead;
	options: ExportOptions;
	/** A PNG at the chart's own size (times the scale), not slide-sized. */
	chartSizePng: boolean;
	/** How many pictures a slide-sized PNG's plan holds, once planned for these options. */
	pictures?: number;
	lang: Lang;
}

const MB = limits.bodyBytes / 2 ** 20;

/** The reason the file cannot be made, or null. */
export function exportRefusal(asked: ExportAsked): string | null {
	const { format, held, dataset, head, options, lang } = asked;
	const count = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
	// Only what the server makes of a chart it does not hold is sent to it.
	const sent = !held && !isPortable(format);
	if (sent && checkLimits(dataset, 'counts').length)
		return te('overLimits', lang, {
			nodes: count(dataset.nodes.length),
			edges: count(dataset.edges.length),
			maxNodes: count(limits.nodes),
			maxEdges: count(limits.edges),
			mb: MB
		});
	if (sent && asked.bodyBytes !== undefined && asked.bodyBytes > limits.bodyBytes)
		return te('bodyTooLarge', lang, { size: (asked.bodyBytes / 2 ** 20).toFixed(1), mb: MB });
	const long = textRefusal(options, lang);
	if (long) return long;
	if (format === 'pdf' && options.tiling === 'tile') return tileRefusal(head, options, lang);
	// The server's own words: the plan is the one it makes (see file-preview.ts).
	if (format === 'png' && !asked.chartSizePng)
		return slidePicturesRefusal(asked.pictures ?? 0)?.[lang] ?? null;
	if (format !== 'png') return null;
	const size = pngSize(head, options);
	if (pngFits(size)) return null;
	const largest = largestPngScale(head, options);
	return te(largest ? 'pngTooLarge' : 'pngTooLargeAtAll', lang, {
		width: count(size.width),
		height: count(size.height),
		side: count(MAX_PNG_SIDE),
		pixels: (MAX_PNG_PIXELS / 1e8).toFixed(2),
		millions: count(MAX_PNG_PIXELS / 1e6),
		largest
	});
}

/** The title or source line the export API would refuse as too long (see `limits.exportTextChars`), said; or null. */
function textRefusal(options: ExportOptions, lang: Lang): string | null {
	const fields = [
		['heading', options.title],
		['sourceLine', options.sourceLine]
	] as const;
	for (const [field, value] of fields) {
		const count = [...(value ?? '')].length;
		if (count > limits.exportTextChars)
			return te('textTooLong', lang, {
				field: te(field, lang).toLowerCase(),
				count: count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'),
				max: limits.exportTextChars.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')
			});
	}
	return null;
}

/**
 * A tiled PDF of more pages than `MAX_PDF_PAGES`, said with the largest scale that fits; or null.
 * The dialog sends a PDF no scale (see `exportUrl`): its tiles are drawn at 1×.
 */
function tileRefusal(head: SceneHead, options: ExportOptions, lang: Lang): string | null {
	const tiled = { ...options, scale: undefined };
	const pages = pdfTilePages(head, tiled);
	if (pages <= MAX_PDF_PAGES) return null;
	const largest = largestPdfTileScale(head, tiled);
	const count = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
	return te(largest ? 'pdfTooManyPages' : 'pdfTooManyPagesAtAll', lang, {
		pages: count(pages),
		max: count(MAX_PDF_PAGES),
		largest
	});
}

/** The size of each chart's JSON as sent, once written: it is known only then (a chart's JSON is not kept). */
const sentSizes = new WeakMap<Dataset, number>();

/** The chart's JSON as the export API is sent it, its size noted (see {@link sentSize}). */
export function requestBody(dataset: Dataset): Uint8Array<ArrayBuffer> {
	const body = new TextEncoder().encode(JSON.stringify(dataset));
	sentSizes.set(dataset, body.byteLength);
	return body;
}

/** The size of the chart's JSON, when it has been written for a request. */
export function sentSize(dataset: Dataset): number | undefined {
	return sentSizes.get(dataset);
}

/** Whether a request body is within what the server takes. */
export function withinBody(body: Uint8Array): boolean {
	return body.byteLength <= limits.bodyBytes;
}
