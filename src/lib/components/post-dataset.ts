import type { Dataset } from '#lib/model/types.js';
import { inputTransferables, packSceneInput, type PackedSceneInput } from '#lib/scene/pack-scene-input.js';

/**
 * Posts a request to a worker with the dataset packed into it (its buffers moved, not copied),
 * unless the worker already holds that dataset (`held`); gives the dataset it holds after.
 */
export function postWithDataset(
	worker: Worker,
	message: { dataset?: PackedSceneInput },
	dataset: Dataset,
	held: Dataset | null
): Dataset {
	if (dataset !== held) message.dataset = packSceneInput(dataset);
	worker.postMessage(message, { transfer: message.dataset ? inputTransferables(message.dataset) : [] });
	return dataset;
}
