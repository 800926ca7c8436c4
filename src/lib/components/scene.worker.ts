/**
 * Builds Scenes off the main thread for large charts: the dataset arrives once, then each view
 * request is answered with a Scene. Both cross packed (see pack-scene-input.ts and
 * pack-scene.ts): their typed arrays are transferred, not copied.
 */
import dagre from '@dagrejs/dagre';
import { dagreLib } from '#lib/lazy/dagre.js';
import { buildPackedScene, type SceneOptions } from '#lib/scene/build-scene.js';
import type { Dataset, ViewState } from '#lib/model/types.js';
import { todayIso } from '#lib/model/date-stops.js';
import { checkDatasetShape } from '#lib/io/remote-dataset.js';
import { transferables, type PackedScene } from '#lib/scene/pack-scene.js';
import { unpackSceneInput, type PackedSceneInput } from '#lib/scene/pack-scene-input.js';
import { askKey, speculativeRequest } from './speculative-request.js';

// The worker builds Scenes in every layout from its first message: dagre comes with its script.
dagreLib.provide(dagre);

/** A request: a new dataset (optional) and the view to build; without a view, only the dataset is kept. */
export interface SceneRequest {
	id: number;
	dataset?: PackedSceneInput;
	/** The UTF-8 bytes of a dataset's JSON, as downloaded: read here while the page reads its own copy. */
	json?: ArrayBuffer;
	/**
	 * With `json`: the address the chart was opened at. The Scene the explorer will ask for
	 * first (see speculative-request.ts) is built as soon as the bytes are read, before it asks.
	 */
	address?: string;
	view?: ViewState;
	options?: SceneOptions;
}

/** An answer: the Scene, or why it could not be built. */
export interface SceneAnswer {
	id: number;
	scene?: PackedScene;
	/** Set when the Scene was built ahead of the request, from the address (see {@link SceneRequest.address}). */
	ahead?: boolean;
	error?: string;
	/** Set when a view came before any dataset did (its JSON could not be read here): send the dataset. */
	missing?: boolean;
}

let dataset: Dataset | null = null;
/** The Scene built ahead of the first request, and the request it answers. */
let ahead: { key: string; scene: PackedScene } | null = null;

/**
 * Builds the Scene the explorer will ask for first, from the address the chart was opened at.
 * A failure here is not the reader's: the request, when it comes, builds again and says why.
 */
function buildAhead(address: string): void {
	try {
		const ask = speculativeRequest(dataset!, address, todayIso());
		if (!ask) return;
		ahead = { key: askKey(ask), scene: buildPackedScene(dataset!, ask.view, ask.options) };
		performance.mark('tiaokuai:worker-ahead');
	} catch {
		ahead = null;
	}
}

/** The Scene of a request: the one built ahead when it is the same request, else built now. */
function sceneFor(
	view: ViewState,
	options: SceneOptions | undefined
): { scene: PackedScene; ahead: boolean } {
	const kept = ahead;
	ahead = null;
	if (kept && kept.key === askKey({ view, options: options ?? {} }))
		return { scene: kept.scene, ahead: true };
	if (kept) performance.mark('tiaokuai:worker-ahead-dropped');
	return { scene: buildPackedScene(dataset!, view, options), ahead: false };
}

self.onmessage = (event: MessageEvent<SceneRequest>) => {
	const { id, view, options } = event.data;
	try {
		if (event.data.json) {
			ahead = null;
			dataset = JSON.parse(new TextDecoder().decode(event.data.json)) as Dataset;
			// Marks in the worker's own timeline: a trace of a load shows them beside the page's.
			performance.mark('tiaokuai:worker-parsed');
			// Only a chart the page will accept is built ahead (the page checks the same shape).
			if (event.data.address !== undefined && checkDatasetShape(dataset).ok) buildAhead(event.data.address);
		}
		if (event.data.dataset) {
			ahead = null;
			dataset = unpackSceneInput(event.data.dataset);
		}
		if (!view) return;
		if (!dataset) {
			self.postMessage({ id, missing: true } satisfies SceneAnswer);
			return;
		}
		const answer = sceneFor(view, options);
		performance.mark('tiaokuai:worker-scene');
		self.postMessage({ id, ...answer } satisfies SceneAnswer, { transfer: transferables(answer.scene) });
	} catch (error) {
		self.postMessage({ id, error: String(error) } satisfies SceneAnswer);
	}
};
