import type { DatasetTextProblems } from '#lib/io/check-dataset-text.js';
import type { CheckRequest } from './dataset-check.worker.js';

/**
 * Runs the model's full check of a dataset's downloaded JSON (its text, or its bytes, which are
 * moved to the worker) in a worker of its own, which ends with the answer, with a failure, or
 * when `signal` aborts (another chart opened, the page left).
 */
export function checkInWorker(
	json: string | ArrayBuffer,
	file: string,
	signal?: AbortSignal
): Promise<DatasetTextProblems> {
	return new Promise<DatasetTextProblems>((resolve, reject) => {
		const worker = new Worker(new URL('./dataset-check.worker.ts', import.meta.url), { type: 'module' });
		const end = (settle: () => void) => {
			worker.terminate();
			settle();
		};
		signal?.addEventListener('abort', () => end(() => reject(signal.reason)), { once: true });
		worker.onmessage = (event: MessageEvent<DatasetTextProblems>) => end(() => resolve(event.data));
		worker.onerror = (event) => end(() => reject(new Error(event.message)));
		worker.onmessageerror = () => end(() => reject(new Error('The check’s answer could not be read.')));
		try {
			worker.postMessage({ json, file } satisfies CheckRequest, typeof json === 'string' ? [] : [json]);
		} catch (error) {
			// Bytes that cannot be moved (already given away): the worker is not left running.
			end(() => reject(error));
		}
	});
}
