/**
 * The whole view drawn on one page: the `single` deck, and how large its text comes out, which
 * the Export dialog says before a one-slide download or a slide-sized picture (file-preview.ts).
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import { buildScene } from '#lib/scene/build-scene.js';
import type { DeckPage, DeckRequest } from './deck-plan.js';
import { drawingAspect, pageLayout } from './page-layout.js';
import { pageTextSizes, type PageSpec, type PageTextSizes } from './readable.js';

/** The whole view on one page, laid out for the page's shape: the `single` deck. */
export function singlePage(dataset: Dataset, view: ViewState, request: DeckRequest): DeckPage {
	const lang = view.lang ?? 'zh';
	const title = request.title ?? dataset.title[lang];
	const scene = buildScene(
		dataset,
		{ ...view, camera: undefined },
		{ ...request.scene, title, aspect: drawingAspect(request.spec), compact: true }
	);
	return { scene, title, continued: {} };
}

/**
 * The sizes (points) one page of a deck comes out at with its `footer` (which may wrap and take
 * room from the drawing), as the slide, page or picture draws it (see {@link pageLayout}).
 */
export function singlePageText(page: DeckPage, spec: PageSpec, footer: string): PageTextSizes {
	return pageTextSizes(page.scene, pageLayout(page.scene, spec, page.title, footer).s, spec);
}
