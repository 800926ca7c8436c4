/**
 * Checks a dataset read from another address off the main thread: its downloaded text comes in,
 * what the model's full check found goes out (see check-dataset-text.ts). At 100,000 nodes the
 * check takes most of a second, which the page must not spend.
 */
import { checkDatasetText, type DatasetTextProblems } from '#lib/io/check-dataset-text.js';

/** The text of a dataset's JSON and the address it came from, to name in problems. */
export interface CheckRequest {
	text: string;
	file: string;
}

self.onmessage = (event: MessageEvent<CheckRequest>) => {
	const { text, file } = event.data;
	self.postMessage(checkDatasetText(text, file) satisfies DatasetTextProblems);
};
