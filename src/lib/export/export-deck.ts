/**
 * The deck a file of pages is planned as, from the options a download is made with: PowerPoint's
 * slides, a readable PDF's pages, slide-sized pictures. The exporters draw it, and the Export
 * dialog's preview shows its count and first page: one planning, so the preview is the file.
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import { planDeck, type DeckMode, type DeckPage } from './deck-plan.js';
import { deckFooter, type PageUnit } from './deck-text.js';
import type { ExportFormat } from './export-query.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { pageSpec, SLIDE_SPEC, type PageSpec } from './readable.js';

/** The formats whose files are decks: PPTX, readable PDF and slide-sized PNG. */
export type DeckFormat = 'pptx' | 'pdf' | 'png';

/**
 * Whether a file of `format` with these options is a deck, and of which kind: PPTX always, PDF
 * unless fitted onto one page or tiled, PNG when slide-sized.
 */
export function deckFormat(format: ExportFormat, options: ExportOptions): DeckFormat | null {
	if (format === 'pptx') return 'pptx';
	if (format === 'pdf')
		return (options.tiling ?? DEFAULT_EXPORT_OPTIONS.tiling) === 'readable' ? 'pdf' : null;
	return format === 'png' && options.size ? 'png' : null;
}

/** A planned deck, with the page it is planned for and what its pages are called. */
export interface ExportDeck {
	pages: DeckPage[];
	spec: PageSpec;
	unit: PageUnit;
}

/**
 * The deck of a dataset in a view for `format` with these options: slides by `slides`
 * (pictures only one or the readable sequence), PDF pages on its paper (see {@link planDeck}).
 */
export function exportDeck(
	format: DeckFormat,
	dataset: Dataset,
	view: ViewState,
	options: ExportOptions
): ExportDeck {
	const { paper = DEFAULT_EXPORT_OPTIONS.paper, orientation = DEFAULT_EXPORT_OPTIONS.orientation } = options;
	const slides = options.slides ?? DEFAULT_EXPORT_OPTIONS.slides;
	const mode: DeckMode =
		format === 'pptx' ? slides : format === 'png' && slides === 'single' ? 'single' : 'readable';
	const spec = format === 'pdf' ? pageSpec(paper, orientation) : SLIDE_SPEC;
	const pages = planDeck(dataset, view, {
		spec,
		mode,
		title: options.title || undefined,
		scene: { sourceLine: options.sourceLine }
	});
	return { pages, spec, unit: format === 'pdf' ? 'page' : 'slide' };
}

/** The footer of a deck's page `at`: the source line (the options' or its Scene's) and its number. */
export function deckPageFooter(deck: ExportDeck, at: number, sourceLine?: string): string {
	const page = deck.pages[at];
	return deckFooter(page, at, deck.pages.length, sourceLine, deck.unit);
}
