/**
 * What the Export dialog says of a file before it is made, from the plan the file is made from
 * (export-deck.ts for files of pages, export-scene.ts for a fitted PDF) with the options the
 * download's address carries (export-query.ts), so the dialog and the file cannot differ: a
 * deck's page count and first page, and how large the text of a file of one page comes out.
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import { deckPreview, type DeckPreview } from './deck-preview.js';
import { singlePageText } from './deck-single.js';
import { deckFormat, deckPageFooter, exportDeck, type DeckFormat, type ExportDeck } from './export-deck.js';
import { parseExportQuery, type ExportFormat } from './export-query.js';
import { exportScene } from './export-scene.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { optionsFrame } from './page-frame.js';
import { fitScale } from './page-layout.js';
import { pageSpec, pageTextSizes, type PageTextSizes } from './readable.js';

/** A file as the dialog shows it before download. */
export interface FilePreview {
	/** A file of pages: its count and first page (null when not drawn, or not a deck). */
	deck: DeckPreview | null;
	/** How many pages a file of pages has, drawn or not (a large chart's); null when not a deck. */
	pages: number | null;
	/**
	 * One slide (`slides=single`), a fitted PDF's page, a slide-sized picture: how large its text
	 * comes out. For pictures that come as a ZIP, what the one picture would come to. Else null.
	 */
	text: PageTextSizes | null;
}

/**
 * The preview of the file the export address `url` makes of `dataset` as `format`; its deck's
 * first page drawn only when `draw` (a large chart's picture waits to be asked for).
 */
export function filePreview(format: ExportFormat, url: string, dataset: Dataset, draw = true): FilePreview {
	const { view, options } = parseExportQuery(new URL(url, 'http://page.invalid').searchParams, dataset, {
		format
	});
	const deckOf = deckFormat(format, options);
	if (!deckOf)
		return {
			deck: null,
			pages: null,
			text: format === 'pdf' && options.tiling === 'fit' ? fittedText(dataset, view, options) : null
		};
	const deck = exportDeck(deckOf, dataset, view, options);
	return {
		deck: draw ? deckPreview(deck, options) : null,
		pages: deck.pages.length,
		text: onePageText(deckOf, deck, dataset, view, options)
	};
}

/** The text of a PDF fitted onto one page: its Scene shrunk as `fitPage` (pdf-pages.ts) draws it. */
function fittedText(dataset: Dataset, view: ViewState, options: ExportOptions): PageTextSizes {
	const { paper = DEFAULT_EXPORT_OPTIONS.paper, orientation = DEFAULT_EXPORT_OPTIONS.orientation } = options;
	const scene = exportScene(dataset, view, options);
	const spec = pageSpec(paper, orientation);
	return pageTextSizes(scene, fitScale(optionsFrame(scene, options), spec.width, spec.height), spec);
}

/** The text of a deck's one page: one slide, or a slide-sized picture (see {@link FilePreview}). */
function onePageText(
	deckOf: DeckFormat,
	deck: ExportDeck,
	dataset: Dataset,
	view: ViewState,
	options: ExportOptions
): PageTextSizes | null {
	if (deckOf === 'pdf' || (deckOf === 'pptx' && options.slides !== 'single')) return null;
	const one =
		deck.pages.length === 1 ? deck : exportDeck(deckOf, dataset, view, { ...options, slides: 'single' });
	return singlePageText(one.pages[0], one.spec, deckPageFooter(one, 0, options.sourceLine));
}
