import type { Dataset, ViewState } from '#lib/model/types.js';
import type { SceneOptions } from '#lib/scene/build-scene.js';
import { sceneInput } from '#lib/scene/scene-input.js';
import type { Scene } from '#lib/scene/types.js';
import type { SceneAnswer, SceneRequest } from './scene.worker.js';
import { shareSceneStrings } from './share-scene-strings.js';

/**
 * The main thread's side of the scene worker: sends the dataset once and each view after it,
 * and hands back only the answer to the latest request, so a slow build never overwrites a newer one.
 * Only what a Scene is built from crosses over, as JSON text (see scene.worker.ts).
 */
export class SceneWorkerClient {
	#worker: Worker;
	#sent: Dataset | null = null;
	#latest = 0;

	constructor(onscene: (scene: Scene) => void, onerror: (message: string) => void = console.error) {
		this.#worker = new Worker(new URL('./scene.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (event: MessageEvent<SceneAnswer>) => {
			if (event.data.id !== this.#latest) return;
			if (event.data.scene) onscene(shareSceneStrings(event.data.scene));
			else if (event.data.error) onerror(event.data.error);
		};
	}

	/** Asks for the Scene of a view; the dataset travels only when it changed. */
	request(dataset: Dataset, view: ViewState, options: SceneOptions): void {
		const message: SceneRequest = { id: ++this.#latest, view, options };
		if (dataset !== this.#sent) {
			message.dataset = JSON.stringify(sceneInput(dataset));
			this.#sent = dataset;
		}
		this.#worker.postMessage(message);
	}

	/** Stops the worker. */
	terminate(): void {
		this.#worker.terminate();
	}
}
