/**
 * A story as pages: one Scene per step, drawn with the step's view state in the reader's
 * language, headed by the step's title, with the step's focus ringed, showing what the step
 * frames in present mode, and with the step's note above the source line. PPTX gets one slide
 * and PDF one page per step.
 */
import type { Dataset, Lang, View } from '#lib/model/types.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { focusBox } from '#lib/scene/camera.js';
import type { Box, Scene } from '#lib/scene/types.js';
import { framedScene } from './part-scene.js';
import { packPptx } from './pptx-package.js';
import { DEFAULT_FONT, pptxSlides, type PptxOptions } from './pptx.js';
import { exportPdfPages, type PdfOptions, type PdfPage } from './pdf.js';

/** Who reads the story: its language and theme override what the steps were recorded with. */
export interface StoryOptions {
	lang?: Lang;
	theme?: 'light' | 'dark';
}

/** The screen a step's camera is taken to be on (its zoom is screen pixels per scene unit): 16:9. */
const SCREEN = { width: 1280, height: 720 };
/** Room around a focused node and its neighbours, as present mode leaves. */
const FOCUS_MARGIN = 48;

/**
 * What a step shows, as present mode frames it: the camera's screen, else the focused node with
 * the nodes its relations reach, else everything.
 */
function stepFrame(scene: Scene, state: View['state']): Box | undefined {
	const { camera, focus } = state;
	if (camera) {
		const width = SCREEN.width / camera.k;
		const height = SCREEN.height / camera.k;
		return { x: camera.x - width / 2, y: camera.y - height / 2, width, height };
	}
	const box = focus ? focusBox(scene, focus) : undefined;
	return (
		box && {
			x: box.x - FOCUS_MARGIN,
			y: box.y - FOCUS_MARGIN,
			width: box.width + 2 * FOCUS_MARGIN,
			height: box.height + 2 * FOCUS_MARGIN
		}
	);
}

/** The page of each step: the part of its view's Scene the step frames, and its note. */
export function storyPages(
	dataset: Dataset,
	story: readonly View[],
	{ lang = 'zh', theme }: StoryOptions = {}
): PdfPage[] {
	return story.map((step, i) => {
		const { camera: _camera, ...state } = step.state;
		const title = `${i + 1}. ${step.title[lang] || step.title.zh}`;
		const whole = buildScene(
			dataset,
			{ ...state, lang, ...(theme && { theme }) },
			{
				title,
				highlight: state.focus ? [state.focus] : []
			}
		);
		const frame = stepFrame(whole, step.state);
		const scene = frame ? framedScene(whole, frame) : whole;
		const note = step.note?.[lang] || step.note?.zh;
		return {
			scene: note
				? { ...scene, sourceLine: `${note}${lang === 'zh' ? '　' : ' · '}${scene.sourceLine}` }
				: scene,
			title
		};
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
