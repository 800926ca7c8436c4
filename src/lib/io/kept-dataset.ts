/**
 * What the page does with a chart read from JSON once its first frame is on screen, as it keeps
 * the chart: parses its nodes now if they are not yet (a slice per task when it can, see
 * deferred-dataset.ts), and shares what the parsed JSON repeats (see share-repeats.ts), which
 * takes about a third off its heap. Then, as for a packed chart once it has all arrived, it
 * indexes the chart (its Graph) a slice per task.
 */
import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';
import { RepeatSharer, shareRepeats } from '#lib/model/share-repeats.js';
import { graphInSteps } from '#lib/model/graph.js';
import { settle, settleInSlices } from './deferred-dataset.js';
import { nextTask } from '#lib/lazy/next-task.js';
import { stepsInTasks } from '#lib/lazy/steps-in-tasks.js';

/**
 * Settles `dataset`: a slice per task, sharing each slice's repeats as it is read, when it can be
 * parsed so; else at once, sharing its repeats in a task of its own, so that input waiting since
 * the parse goes first. Nothing more once `signal` is aborted (another chart opened meanwhile).
 * Resolves when done.
 */
export async function keepDataset(dataset: Dataset, signal: AbortSignal): Promise<void> {
	const sharer = new RepeatSharer(dataset.kinds);
	// An edge's ends are shared among the nodes read: edges read before the last node wait for it.
	let nodesRead = false;
	const waiting: EdgeDef[][] = [];
	const inSlices = await settleInSlices(dataset, signal, (key, items, last) => {
		if (key === 'edges' && !nodesRead) waiting.push(items as EdgeDef[]);
		else if (key === 'edges') sharer.edges(items as EdgeDef[]);
		else {
			sharer.nodes(items as NodeDef[]);
			nodesRead = last;
			if (last) for (const edges of waiting.splice(0)) sharer.edges(edges);
		}
	});
	if (signal.aborted) return;
	if (!inSlices) {
		settle(dataset);
		await nextTask();
		if (signal.aborted) return;
		shareRepeats(dataset);
	}
	performance.mark('tiaokuai:repeats-shared');
	// Not waited for: the full check that follows runs in a worker meanwhile.
	void indexDataset(dataset, signal).catch(console.error);
}

/**
 * Nodes or relations indexed per task by {@link indexDataset}: ~3–10 ms each at a million nodes,
 * where each look-up in the id table is a miss of the processor's caches.
 */
const INDEX_SLICE = 25_000;

/**
 * Builds the chart's Graph (model/graph.ts) a slice per task, so that the first node picked, the
 * first details shown, do not wait for it: at a million nodes it took ~0.5 s in the pick's task.
 * Nothing more once `signal` is aborted. A chart built on the page has its Graph already.
 */
export async function indexDataset(dataset: Dataset, signal: AbortSignal): Promise<void> {
	// Not in the caller's task (a first frame's, a chart's keeping): from the next one on.
	await nextTask();
	if ((await stepsInTasks(graphInSteps(dataset, INDEX_SLICE), signal)) === null) return;
	performance.mark('tiaokuai:indexed');
}
