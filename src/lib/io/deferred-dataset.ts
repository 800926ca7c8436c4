/**
 * A downloaded chart the page draws before it parses its own copy. The scene worker parses the
 * JSON and builds the first Scene; the page, meanwhile, needs of the dataset only its outline
 * (title, kinds, sources, stories) and a few facts about its nodes and edges (how many, the
 * dates they change on), which the worker sends. The nodes and edges are parsed from the bytes
 * the first time anything reads them: after the first frame (see ExplorerPage), or sooner when
 * something needs them sooner (an address naming a node, a search), so no reader ever sees a
 * chart without them.
 */
import type { Dataset } from '#lib/model/types.js';
import { factsOf, tellFacts, type DatasetFacts } from '#lib/model/dataset-facts.js';
import type { DatasetHead } from '#lib/packed/format.js';
import { ListSlicer } from './json-list-slices.js';
import { nextTask } from '#lib/lazy/next-task.js';

/**
 * A dataset without its nodes and edges, and the facts about them: what the page draws with
 * first. Its keys keep the dataset's order, `nodes` and `edges` holding null.
 */
export interface DatasetOutline {
	head: DatasetHead & { nodes: null; edges: null };
	facts: DatasetFacts;
}

/** A parsed dataset's outline, to send to the page (the worker's side). */
export function outlineOf(dataset: Dataset): DatasetOutline {
	return { head: { ...dataset, nodes: null, edges: null }, facts: factsOf(dataset) };
}

/** A chart drawn from its outline: the dataset, and its JSON taken once (for the full check). */
export interface DeferredDataset {
	dataset: Dataset;
	/**
	 * The JSON: its bytes, or its text when the nodes were parsed from the whole text at once.
	 * Taken once, after the nodes are parsed (taken before, it parses them first).
	 */
	json: () => string | ArrayBuffer;
}

/** The lists parsed in slices. */
const LISTS = ['nodes', 'edges'] as const;
/** Bytes of a list parsed per task: at a million nodes, a slice takes 10–30 ms. */
const SLICE_BYTES = 1 << 20;

/** What is told each slice of a list parsed in slices: the items read, and whether the list ends with them. */
export type OnSlice = (key: 'nodes' | 'edges', items: unknown[], last: boolean) => void;

/** Datasets from {@link deferredDataset} whose nodes may still be parsed in slices, and how. */
const sliced = new WeakMap<Dataset, (signal: AbortSignal, onslice: OnSlice) => Promise<boolean>>();

/**
 * The dataset of `bytes` (a JSON dataset whose outline is `outline`): its nodes and edges are
 * parsed the first time either is read, once, from the whole text; or, through
 * {@link settleInSlices}, from the bytes a slice per task. The page lets go of the bytes (or of
 * the text, parsed whole) when the JSON is taken: at 100,000 nodes each is tens of megabytes.
 * `sliceBytes`: how much of a list a slice holds.
 */
export function deferredDataset(
	bytes: ArrayBuffer,
	outline: DatasetOutline,
	sliceBytes = SLICE_BYTES
): DeferredDataset {
	let held: ArrayBuffer | null = bytes;
	let text: string | null = null;
	let parsed = false;
	const dataset = { ...outline.head } as unknown as Dataset;
	const keep = (nodes: unknown, edges: unknown, how: string) => {
		performance.mark('tiaokuai:page-parsed', { detail: how });
		// From here they are what they would have been: plain properties of the dataset.
		Object.defineProperty(dataset, 'nodes', { value: nodes, enumerable: true, writable: true });
		Object.defineProperty(dataset, 'edges', { value: edges, enumerable: true, writable: true });
		parsed = true;
	};
	const parse = () => {
		if (text === null) {
			text = new TextDecoder().decode(held!);
			held = null;
		}
		const { nodes, edges } = JSON.parse(text) as Dataset;
		keep(nodes, edges, 'whole');
	};
	for (const key of LISTS)
		Object.defineProperty(dataset, key, {
			enumerable: true,
			configurable: true,
			get: () => {
				parse();
				return dataset[key];
			}
		});
	tellFacts(dataset, outline.facts);
	sliced.set(dataset, async (signal, onslice) => {
		if (parsed || held === null) return false;
		const slicer = new ListSlicer(new Uint8Array(held), LISTS, sliceBytes);
		const lists: Record<(typeof LISTS)[number], unknown[]> = { nodes: [], edges: [] };
		const decoder = new TextDecoder();
		while (!slicer.done) {
			await nextTask();
			// Another chart opened, or a reader needed the nodes at once (they were parsed whole).
			if (signal.aborted || parsed) return false;
			for (const { key, items, last } of slicer.scan(sliceBytes)) {
				const read = JSON.parse(`[${decoder.decode(items)}]`) as unknown[];
				onslice(key, read, last);
				const list = lists[key];
				for (let i = 0; i < read.length; i++) list.push(read[i]);
			}
		}
		if (!slicer.sure) return false;
		keep(lists.nodes, lists.edges, 'sliced');
		return true;
	});
	const json = () => {
		if (!parsed) parse();
		sliced.delete(dataset);
		const out = text ?? held!;
		held = text = null;
		return out;
	};
	return { dataset, json };
}

/** Parses the nodes and edges of a dataset from {@link deferredDataset} now, if they are not yet; any other dataset has them. */
export function settle(dataset: Dataset): void {
	void dataset.nodes;
}

/**
 * Parses the nodes and edges of a dataset from {@link deferredDataset} a slice per task, telling
 * `onslice` of each, so that the page goes on answering meanwhile (a million nodes took one task
 * of four seconds, parsed whole). Resolves true once they are parsed so; false when they were not:
 * any other dataset, one parsed already (or whole meanwhile, because something read them), a
 * text that could not be sliced (then they are parsed whole when first read), or `signal` aborted.
 */
export async function settleInSlices(
	dataset: Dataset,
	signal: AbortSignal,
	onslice: OnSlice
): Promise<boolean> {
	const slices = sliced.get(dataset);
	sliced.delete(dataset);
	return slices ? slices(signal, onslice) : false;
}
