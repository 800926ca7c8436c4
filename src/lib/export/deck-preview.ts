/**
 * What the Export dialog shows of a file of pages before it is made: how many pages it has, and
 * its first page drawn as the file draws it, from the deck the download plans (export-deck.ts;
 * see file-preview.ts for the address it is planned from).
 */
import { deckPageFooter, type ExportDeck } from './export-deck.js';
import type { PageUnit } from './deck-text.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { deckPageSvg } from './slide-svg.js';

/** A deck's page count and its first page as SVG, `width` × `height` points. */
export interface DeckPreview {
	pages: number;
	unit: PageUnit;
	width: number;
	height: number;
	svg: string;
}

/** The preview of a planned deck, drawn with the options the file is made with. */
export function deckPreview(deck: ExportDeck, options: ExportOptions): DeckPreview {
	const svg = deckPageSvg(deck.pages[0], {
		spec: deck.spec,
		footer: deckPageFooter(deck, 0, options.sourceLine),
		background: options.background ?? DEFAULT_EXPORT_OPTIONS.background,
		unit: deck.unit
	});
	return { pages: deck.pages.length, unit: deck.unit, width: deck.spec.width, height: deck.spec.height, svg };
}
