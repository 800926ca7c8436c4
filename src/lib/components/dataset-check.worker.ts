/**
 * Checks a dataset read from another address off the main thread: its downloaded bytes come in,
 * what the model's full check found goes out (see check-dataset-text.ts). At 100,000 nodes the
 * check takes most of a second, which the page must not spend.
 */
import { checkDatasetText, type DatasetTextProblems } from '#lib/io/check-dataset-text.js';

/** The bytes of a dataset's JSON and the address they came from, to name in problems. */
export interface CheckRequest {
	bytes: ArrayBuffer;
	file: string;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
	const { bytes, file } = event.data;
	self.postMessage(checkDatasetText(new TextDecoder().decode(bytes), file) satisfies DatasetTextProblems);
};
