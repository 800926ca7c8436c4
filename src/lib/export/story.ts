/**
 * A story as pages: one Scene per step, drawn with the step's view state in the reader's
 * language, headed by the step's title, with the step's focus ringed. PPTX gets one slide and
 * PDF one page per step.
 */
import type { Dataset, Lang, View } from '#lib/model/types.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { packPptx } from './pptx-package.js';
import { DEFAULT_FONT, pptxSlides, type PptxOptions } from './pptx.js';
import { exportPdfPages, type PdfOptions, type PdfPage } from './pdf.js';

/** Who reads the story: its language and theme override what the steps were recorded with. */
export interface StoryOptions {
	lang?: Lang;
	theme?: 'light' | 'dark';
}

/** The page of each step: the Scene of its view (the camera is the screen's, not the page's). */
export function storyPages(
	dataset: Dataset,
	story: readonly View[],
	{ lang = 'zh', theme }: StoryOptions = {}
): PdfPage[] {
	return story.map((step, i) => {
		const { camera: _camera, ...state } = step.state;
		const title = `${i + 1}. ${step.title[lang] || step.title.zh}`;
		const scene = buildScene(
			dataset,
			{ ...state, lang, ...(theme && { theme }) },
			{
				title,
				highlight: state.focus ? [state.focus] : []
			}
		);
		return { scene, title };
	});
}

/** Exports a story as PowerPoint: one editable slide per step, titled with the step. */
export function exportStoryPptx(
	dataset: Dataset,
	story: readonly View[],
	options: StoryOptions & PptxOptions = {}
): Uint8Array {
	const lang = options.lang ?? 'zh';
	if (!story.length) throw new RangeError('The story has no steps.');
	const slides = storyPages(dataset, story, options).flatMap(({ scene, title }) =>
		pptxSlides(scene, { ...options, title, slides: 'single' })
	);
	return packPptx(slides, dataset.title[lang], options.font ?? DEFAULT_FONT);
}

/** Exports a story as a PDF: one page per step, each drawing fitted to its page. */
export function exportStoryPdf(
	dataset: Dataset,
	story: readonly View[],
	options: StoryOptions & PdfOptions
): Promise<Uint8Array> {
	const lang = options.lang ?? 'zh';
	return exportPdfPages(storyPages(dataset, story, options), { ...options, title: dataset.title[lang] });
}
