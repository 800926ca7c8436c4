/**
 * Builds Scenes off the main thread for large charts: the dataset arrives once, then each view
 * request is answered with a Scene. The dataset arrives as JSON text of its scene input: for a
 * chart of 100,000 nodes, stringifying and parsing that costs about a third of a structured clone
 * of the whole dataset. The Scene goes back by structured clone, which reads its numbers faster
 * than JSON does.
 */
import { buildScene, type SceneOptions } from '#lib/scene/build-scene.js';
import type { Dataset, ViewState } from '#lib/model/types.js';
import type { Scene } from '#lib/scene/types.js';

/** A request: a new dataset as JSON text (optional) and the view to build. */
export interface SceneRequest {
	id: number;
	dataset?: string;
	view: ViewState;
	options: SceneOptions;
}

/** An answer: the Scene, or why it could not be built. */
export interface SceneAnswer {
	id: number;
	scene?: Scene;
	error?: string;
}

let dataset: Dataset | null = null;

self.onmessage = (event: MessageEvent<SceneRequest>) => {
	const { id, view, options } = event.data;
	try {
		if (event.data.dataset) dataset = JSON.parse(event.data.dataset) as Dataset;
		if (!dataset) return;
		const answer: SceneAnswer = { id, scene: buildScene(dataset, view, options) };
		self.postMessage(answer);
	} catch (error) {
		self.postMessage({ id, error: String(error) } satisfies SceneAnswer);
	}
};
