/**
 * PowerPoint export: native, editable slides (one shape per node with its name as text, lines as
 * freeform shapes grouped with their labels, a legend, title and footer) on 16:9 slides, text
 * at readable sizes. Deterministic: fixed zip times, no dates.
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import type { Scene } from '#lib/scene/types.js';
import type { DeckPage } from './deck-plan.js';
import { deckFooter } from './deck-text.js';
import { exportDeck } from './export-deck.js';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './options.js';
import { packPptx } from './pptx-package.js';
import { slideXml } from './pptx-slide.js';
import { SLIDE_SPEC } from './readable.js';

/** PPTX options: which font the slides name (PowerPoint substitutes when it is missing). */
export interface PptxOptions extends ExportOptions {
	font?: string;
}

/** Fonts that cover Chinese: YaHei on Windows; PowerPoint and LibreOffice substitute elsewhere. */
export const DEFAULT_FONT = 'Microsoft YaHei';

/** The slide parts (`ppt/slides/slideN.xml`) of a deck's pages. Exposed for golden tests. */
export function deckSlides(pages: DeckPage[], options: PptxOptions = {}): string[] {
	const { background = DEFAULT_EXPORT_OPTIONS.background } = options;
	return pages.map((page, at) =>
		slideXml(page, {
			spec: SLIDE_SPEC,
			background,
			footer: deckFooter(page, at, pages.length, options.sourceLine, 'slide')
		})
	);
}

/** The one slide a Scene makes on its own, drawn as it is laid out (see {@link exportPptx}). */
export function pptxSlides(scene: Scene, options: PptxOptions = {}): string[] {
	return deckSlides([{ scene, title: options.title ?? scene.title, continued: {} }], options);
}

/** Packs a deck's pages as a PowerPoint file, their notes as speaker notes; `title` names the document. */
export function exportPptxDeck(pages: DeckPage[], options: PptxOptions = {}): Uint8Array {
	if (!pages.length) throw new RangeError('A deck needs at least one slide.');
	const { title = pages[0].title, font = DEFAULT_FONT } = options;
	const notes = pages.map((p) => p.notes ?? '');
	return packPptx(
		deckSlides(pages, options),
		title,
		font,
		notes,
		pages[0].scene.lang === 'zh' ? 'zh-CN' : 'en-US'
	);
}

/** Exports a Scene as it is laid out, on one slide filled by the drawing. */
export function exportPptx(scene: Scene, options: PptxOptions = {}): Uint8Array {
	return exportPptxDeck([{ scene, title: options.title ?? scene.title, continued: {} }], options);
}

/**
 * Exports a dataset in a view as slides a briefing can use as they come: with `slides:
 * 'readable'` (the default) one slide when the chart is readable on it (names ≥ 12 pt), else an
 * overview and its branches re-laid out for 16:9 (see {@link exportDeck}); `'single'` one slide
 * whatever its text comes to; `'branches'` an overview and a slide per branch.
 */
export function exportPptxView(dataset: Dataset, view: ViewState, options: PptxOptions = {}): Uint8Array {
	const { pages } = exportDeck('pptx', dataset, view, options);
	return exportPptxDeck(pages, { ...options, title: options.title || pages[0].title });
}
