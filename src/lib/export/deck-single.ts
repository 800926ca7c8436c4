/**
 * The whole view drawn on one page: the `single` deck, and how large its text comes out, which
 * the Export dialog says before a one-slide or one-page download.
 */
import type { Dataset, ViewState } from '#lib/model/types.js';
import { buildScene } from '#lib/scene/build-scene.js';
import type { DeckPage, DeckRequest } from './deck-plan.js';
import { drawingAspect, pageLayout } from './page-layout.js';
import { minScale, textSizesAt, type PageSpec } from './readable.js';

/**
 * The whole view on one page, laid out for the page's shape: the `single` deck, and what the
 * Export dialog measures to say how large one page's text would come out.
 */
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
 * The sizes (points) one page's names and captions come out at, and whether they reach the
 * page's readable sizes.
 */
export function singlePageText(
	page: DeckPage,
	spec: PageSpec
): { name: number; caption: number; readable: boolean } {
	const s = pageLayout(page.scene, spec, page.title, 'x').s;
	return { ...textSizesAt(page.scene, s), readable: s >= minScale(page.scene, spec) - 1e-9 };
}
