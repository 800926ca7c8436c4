/**
 * What the page does with a chart read from JSON once its first frame is on screen, as it keeps
 * the chart: parses its nodes now if they are not yet (see deferred-dataset.ts), then shares what
 * the parsed JSON repeats (see share-repeats.ts), which takes about a third off its heap.
 */
import type { Dataset } from '#lib/model/types.js';
import { shareRepeats } from '#lib/model/share-repeats.js';
import { settle } from './deferred-dataset.js';

/**
 * Settles `dataset`, then shares its repeats in a task of its own, so that input waiting since
 * the parse goes first; nothing more once `signal` is aborted (another chart opened meanwhile).
 */
export function keepDataset(dataset: Dataset, signal: AbortSignal): void {
	settle(dataset);
	setTimeout(() => {
		if (signal.aborted) return;
		shareRepeats(dataset);
		performance.mark('tiaokuai:repeats-shared');
	});
}
