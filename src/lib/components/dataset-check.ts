import type { DatasetCheck } from '#lib/io/check-dataset-text.js';
import type { CheckRequest } from './dataset-check.worker.js';

/**
 * Runs the model's full check of a dataset's downloaded bytes in a worker of its own, which ends
 * with the answer. The bytes are handed over, not copied: the caller must be done with them.
 */
export function checkInWorker(bytes: ArrayBuffer, file: string): Promise<DatasetCheck> {
	const worker = new Worker(new URL('./dataset-check.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<DatasetCheck>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<DatasetCheck>) => resolve(event.data);
		worker.onerror = (event) => reject(new Error(event.message));
		worker.postMessage({ bytes, file } satisfies CheckRequest, [bytes]);
	}).finally(() => worker.terminate());
}
