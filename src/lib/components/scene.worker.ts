/**
 * Builds Scenes off the main thread for large charts: the dataset arrives once, then each view
 * request is answered with a Scene. Both cross packed (see pack-scene-input.ts and
 * pack-scene.ts): their typed arrays are transferred, not copied.
 */
import dagre from '@dagrejs/dagre';
import { dagreLib } from '#lib/lazy/dagre.js';
import { buildPackedScene, type SceneOptions } from '#lib/scene/build-scene.js';
import type { Dataset, ViewState } from '#lib/model/types.js';
import { transferables, type PackedScene } from '#lib/scene/pack-scene.js';
import { unpackSceneInput, type PackedSceneInput } from '#lib/scene/pack-scene-input.js';

// The worker builds Scenes in every layout from its first message: dagre comes with its script.
dagreLib.provide(dagre);

/** A request: a new dataset (optional) and the view to build; without a view, only the dataset is kept. */
export interface SceneRequest {
	id: number;
	dataset?: PackedSceneInput;
	/** The UTF-8 bytes of a dataset's JSON, as downloaded: read here while the page reads its own copy. */
	json?: ArrayBuffer;
	view?: ViewState;
	options?: SceneOptions;
}

/** An answer: the Scene, or why it could not be built. */
export interface SceneAnswer {
	id: number;
	scene?: PackedScene;
	error?: string;
	/** Sent once when the worker's script starts. */
	ready?: boolean;
	/** Set when a view came before any dataset did (its JSON could not be read here): send the dataset. */
	missing?: boolean;
}

let dataset: Dataset | null = null;

// Tells the page the script runs, so it knows the worker can take a chart's bytes right away.
self.postMessage({ id: 0, ready: true } satisfies SceneAnswer);

self.onmessage = (event: MessageEvent<SceneRequest>) => {
	const { id, view, options } = event.data;
	try {
		if (event.data.json) {
			dataset = JSON.parse(new TextDecoder().decode(event.data.json)) as Dataset;
			// Marks in the worker's own timeline: a trace of a load shows them beside the page's.
			performance.mark('tiaokuai:worker-parsed');
		}
		if (event.data.dataset) dataset = unpackSceneInput(event.data.dataset);
		if (!view) return;
		if (!dataset) {
			self.postMessage({ id, missing: true } satisfies SceneAnswer);
			return;
		}
		const scene = buildPackedScene(dataset, view, options);
		performance.mark('tiaokuai:worker-scene');
		self.postMessage({ id, scene } satisfies SceneAnswer, { transfer: transferables(scene) });
	} catch (error) {
		self.postMessage({ id, error: String(error) } satisfies SceneAnswer);
	}
};
