import { untrack } from 'svelte';
import type { ExplorerState } from './explorer-state.svelte.js';
import { SceneWorkerClient } from './scene-worker-client.js';

/**
 * For large charts, sends every change of what the Scene depends on to a worker and puts the
 * Scene it answers into the explorer state, packed (see ExplorerState.scene), or why it could
 * not be built (ExplorerState.sceneError). Call during a component's setup: the first request
 * goes out at once rather than after the first render; the worker ends with the component. A
 * worker that cannot run leaves the explorer to build its Scenes itself (ExplorerState.workerFailed).
 */
export function useSceneWorker(explorer: ExplorerState): void {
	let worker: SceneWorkerClient | null = null;
	const request = () => {
		if (!explorer.offThread) return;
		worker ??= new SceneWorkerClient(
			(packed) => {
				explorer.workerPacked = packed;
				explorer.sceneError = null;
			},
			(message) => (explorer.sceneError = message),
			(message) => {
				console.warn(`The chart is built on the page: ${message}`);
				worker = null;
				explorer.sceneError = null;
				explorer.workerFailed = true;
			}
		);
		worker.request(explorer.dataset, explorer.sceneView(), explorer.sceneOptions());
	};
	untrack(request);
	$effect(request);
	$effect(() => () => worker?.terminate());
}
