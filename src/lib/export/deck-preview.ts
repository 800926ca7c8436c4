/**
 * What the Export dialog shows of a file of pages before it is made: how many pages it has, and
 * its first page drawn as the file draws it, from the deck the download plans (export-deck.ts)
 * with the options the download's address carries (export-query.ts), so the two cannot differ.
 */
import type { Dataset } from '#lib/model/types.js';
import { deckFormat, deckPageFooter, exportDeck } from './export-deck.js';
import type { PageUnit } from './deck-text.js';
import { parseExportQuery, type ExportFormat } from './export-query.js';
import { DEFAULT_EXPORT_OPTIONS } from './options.js';
import { deckPageSvg } from './slide-svg.js';

/** A deck's page count and its first page as SVG, `width` × `height` points. */
export interface DeckPreview {
	pages: number;
	unit: PageUnit;
	width: number;
	height: number;
	svg: string;
}

/**
 * The preview of the file the export address `url` makes of `dataset` as `format`, or null when
 * that file is not a deck (a picture of the chart as drawn, a fitted or tiled PDF).
 */
export function deckPreview(format: ExportFormat, url: string, dataset: Dataset): DeckPreview | null {
	const { view, options } = parseExportQuery(new URL(url, 'http://page.invalid').searchParams, dataset, {
		format
	});
	const deckOf = deckFormat(format, options);
	if (!deckOf) return null;
	const deck = exportDeck(deckOf, dataset, view, options);
	const svg = deckPageSvg(deck.pages[0], {
		spec: deck.spec,
		footer: deckPageFooter(deck, 0, options.sourceLine),
		background: options.background ?? DEFAULT_EXPORT_OPTIONS.background,
		unit: deck.unit
	});
	return { pages: deck.pages.length, unit: deck.unit, width: deck.spec.width, height: deck.spec.height, svg };
}
