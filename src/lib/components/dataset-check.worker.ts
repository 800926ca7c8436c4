/**
 * Checks a dataset read from another address off the main thread: its downloaded text (or its
 * bytes, moved here rather than copied, decoded here) comes in, what the model's full check
 * found goes out (see check-dataset-text.ts). At 100,000 nodes the check takes most of a second,
 * which the page must not spend.
 */
import { checkDatasetText, type DatasetTextProblems } from '#lib/io/check-dataset-text.js';

/** A dataset's JSON, its text or its UTF-8 bytes, and the address it came from, to name in problems. */
export interface CheckRequest {
	json: string | ArrayBuffer;
	file: string;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
	const { json, file } = event.data;
	const text = typeof json === 'string' ? json : new TextDecoder().decode(json);
	self.postMessage(checkDatasetText(text, file) satisfies DatasetTextProblems);
};
