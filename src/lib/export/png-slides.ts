/**
 * Slide-sized pictures, for people who paste pictures into WPS or WeChat: a 16:9 PNG at
 * 1920 × 1080 or 3840 × 2160 drawn like a slide of the readable deck (names ≥ 12 pt on a
 * 13.333-inch slide, so ≥ 24 px across 1920), the drawing filling its room. A chart too big for
 * one readable picture comes as the deck's pictures in a ZIP, one a slide, in order.
 */
import { renderAsync } from '@resvg/resvg-js';
import { zipSync, type Zippable } from 'fflate';
import type { Dataset, ViewState } from '#lib/model/types.js';
import type { DeckPage } from './deck-plan.js';
import { exportDeck } from './export-deck.js';
import { ExportQueryError } from './export-query.js';
import { deckFooter } from './deck-text.js';
import { glyphOutliner } from './glyph-outliner.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, type PngSize } from './options.js';
import { parseFont } from './png.js';
import { SLIDE_SPEC } from './readable.js';
import { SLIDE_PNG_WIDTH, slidePicturesRefusal } from './slide-png-size.js';
import { deckPageSvg } from './slide-svg.js';

/** What slide pictures are drawn with. */
export interface SlidePngOptions extends ExportOptions {
	size: PngSize;
	/** The bundled CJK font's bytes: text is drawn as its glyphs' outlines. */
	font: Uint8Array;
	signal?: AbortSignal;
}

/** A slide picture, or a ZIP of them. */
export interface SlidePngFile {
	bytes: Uint8Array;
	/** How many pictures it holds: 1 for a lone PNG. */
	pictures: number;
	zip: boolean;
}

/** One page of a deck as a PNG of `size`, footed like the slide it would be. */
export async function deckPagePng(
	page: DeckPage,
	footer: string,
	options: SlidePngOptions
): Promise<Uint8Array> {
	const { background = DEFAULT_EXPORT_OPTIONS.background, font, signal } = options;
	const svg = deckPageSvg(page, {
		spec: SLIDE_SPEC,
		footer,
		background,
		text: glyphOutliner(parseFont(font))
	});
	// resvg takes an AbortSignal for one render only (a second render with it fails with
	// InvalidArg): each picture gets its own, aborted with the caller's.
	signal?.throwIfAborted();
	const own = new AbortController();
	const abort = () => own.abort(signal?.reason);
	signal?.addEventListener('abort', abort, { once: true });
	const image = await renderAsync(
		svg,
		{
			fitTo: { mode: 'width', value: SLIDE_PNG_WIDTH[options.size] },
			font: { loadSystemFonts: false },
			shapeRendering: 2,
			textRendering: 1,
			logLevel: 'off'
		},
		own.signal
	).finally(() => signal?.removeEventListener('abort', abort));
	return new Uint8Array(image.asPng());
}

/** The pictures of a deck's pages, in order; `slide-01.png`… when zipped. */
export async function exportSlidePngs(pages: DeckPage[], options: SlidePngOptions): Promise<Uint8Array[]> {
	const out: Uint8Array[] = [];
	for (const [at, page] of pages.entries()) {
		const footer = deckFooter(page, at, pages.length, options.sourceLine, 'slide');
		out.push(await deckPagePng(page, footer, options));
	}
	return out;
}

/**
 * A dataset in a view as slide-sized pictures: one PNG when the chart is readable on one slide
 * (or `slides: 'single'` asks for one whatever its text comes to), else the readable deck's
 * pictures in a ZIP; more than 40 are refused as an {@link ExportQueryError} that says, in each
 * language, to use PPTX or PDF (see {@link slidePicturesRefusal}, which the Export dialog says too).
 */
export async function exportPngView(
	dataset: Dataset,
	view: ViewState,
	options: SlidePngOptions
): Promise<SlidePngFile> {
	const { pages } = exportDeck('png', dataset, view, options);
	const refusal = slidePicturesRefusal(pages.length);
	if (refusal) throw new ExportQueryError(refusal);
	const pictures = await exportSlidePngs(pages, options);
	if (pictures.length === 1) return { bytes: pictures[0], pictures: 1, zip: false };
	const digits = String(pictures.length).length;
	const files: Zippable = {};
	// PNG is compressed already: stored, not deflated again.
	pictures.forEach(
		(png, i) => (files[`slide-${String(i + 1).padStart(digits, '0')}.png`] = [png, { level: 0 }])
	);
	return {
		bytes: zipSync(files, { mtime: new Date('1980-01-01T00:00:00Z') }),
		pictures: pictures.length,
		zip: true
	};
}
