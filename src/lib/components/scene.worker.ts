/**
 * Builds Scenes off the main thread for large charts: the dataset arrives once, then each view
 * request is answered with a Scene (plain data, so it crosses back by structured clone).
 */
import { buildScene, type SceneOptions } from '#lib/scene/build-scene.js';
import type { Dataset, ViewState } from '#lib/model/types.js';

/** A request: a new dataset (optional) and the view to build. */
export interface SceneRequest {
	id: number;
	dataset?: Dataset;
	view: ViewState;
	options: SceneOptions;
}

let dataset: Dataset | null = null;

self.onmessage = (event: MessageEvent<SceneRequest>) => {
	const { id, view, options } = event.data;
	if (event.data.dataset) dataset = event.data.dataset;
	if (!dataset) return;
	try {
		self.postMessage({ id, scene: buildScene(dataset, view, options) });
	} catch (error) {
		self.postMessage({ id, error: String(error) });
	}
};
