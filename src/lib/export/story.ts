/**
 * A story as a deck: each step drawn with its view state in the reader's language, reduced to
 * what the step frames in present mode, re-laid out to fill one page, headed by the step's
 * title, with the step's focus ringed and its note as the speaker notes (PPTX) or above the
 * source line (PDF).
 */
import type { Dataset, Lang, View } from '#lib/model/types.js';
import { buildScene } from '#lib/scene/build-scene.js';
import { focusBox } from '#lib/scene/camera.js';
import type { Box, Scene } from '#lib/scene/types.js';
import { planDeck, type DeckPage } from './deck-plan.js';
import { exportPdfDeck } from './pdf-deck.js';
import type { PdfOptions } from './pdf.js';
import { exportPptxDeck, type PptxOptions } from './pptx.js';
import { pageSpec, SLIDE_SPEC, type PageSpec } from './readable.js';
import { DEFAULT_EXPORT_OPTIONS } from './options.js';
import { viewsOverLimit } from '#lib/model/limits.js';

/** Who reads the story: its language and theme override what the steps were recorded with. */
export interface StoryOptions {
	lang?: Lang;
	theme?: 'light' | 'dark';
	/** The page the steps are laid out for; a 16:9 slide by default. */
	spec?: PageSpec;
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

/** The ids of the nodes whose centres lie in a frame; undefined (all) when it holds none. */
function framedIds(scene: Scene, frame: Box | undefined): Set<string> | undefined {
	if (!frame) return undefined;
	const inside = scene.nodes.filter(
		(n) => n.x >= frame.x && n.x <= frame.x + frame.width && n.y >= frame.y && n.y <= frame.y + frame.height
	);
	return inside.length ? new Set(inside.map((n) => n.id)) : undefined;
}

/**
 * The pages of a story: a page for each step, in order, carrying the step's note. A step is one
 * slide whatever its size, as present mode shows it on one screen: the presenter's steps and the
 * deck's slides stay one to one, and the page is filled with what the step frames.
 */
export function storyPages(
	dataset: Dataset,
	story: readonly View[],
	{ lang = 'zh', theme, spec = SLIDE_SPEC }: StoryOptions = {}
): DeckPage[] {
	return story.map((step, i) => {
		const { camera: _camera, ...state } = step.state;
		const view = { ...state, lang, ...(theme && { theme }) };
		const title = `${i + 1}. ${step.title[lang] || step.title.zh}`;
		const highlight = state.focus ? [state.focus] : [];
		// The step as present mode shows it, to find what its camera or focus frames.
		const whole = buildScene(dataset, view, { highlight });
		const only = framedIds(whole, stepFrame(whole, step.state));
		const [page] = planDeck(dataset, view, { spec, title, only, mode: 'single', scene: { highlight } });
		return { ...page, notes: step.note?.[lang] || step.note?.zh || undefined };
	});
}

/**
 * Refuses a story with no steps, or with more than the limit (viewsOverLimit): each step is drawn and laid
 * out anew, and 3,000 of them ran past the minute an export may take.
 */
function checkSteps(story: readonly View[]): void {
	if (!story.length) throw new RangeError('The story has no steps.');
	const over = viewsOverLimit({ views: [...story] });
	if (over) throw new RangeError(over.message);
}

/** Exports a story as PowerPoint: editable slides titled with their steps, notes as speaker notes. */
export function exportStoryPptx(
	dataset: Dataset,
	story: readonly View[],
	options: StoryOptions & PptxOptions = {}
): Uint8Array {
	const lang = options.lang ?? 'zh';
	checkSteps(story);
	return exportPptxDeck(storyPages(dataset, story, options), { ...options, title: dataset.title[lang] });
}

/** Exports a story as a PDF: each step's pages, its note above the source line. */
export function exportStoryPdf(
	dataset: Dataset,
	story: readonly View[],
	options: StoryOptions & PdfOptions
): Promise<Uint8Array> {
	const lang = options.lang ?? 'zh';
	checkSteps(story);
	const { paper = DEFAULT_EXPORT_OPTIONS.paper, orientation = DEFAULT_EXPORT_OPTIONS.orientation } = options;
	const spec = pageSpec(paper, orientation);
	return exportPdfDeck(storyPages(dataset, story, { ...options, spec }), {
		...options,
		title: dataset.title[lang]
	});
}
