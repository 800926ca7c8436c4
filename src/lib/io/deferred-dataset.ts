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

/** A chart drawn from its outline: the dataset, and its JSON's text, taken once (for the full check). */
export interface DeferredDataset {
	dataset: Dataset;
	text: () => string;
}

/**
 * The dataset of `bytes` (a JSON dataset whose outline is `outline`): its nodes and edges are
 * decoded and parsed the first time either is read, once. The bytes are let go once decoded, and
 * the text once the nodes are parsed and the text taken: at 100,000 nodes each is tens of megabytes.
 */
export function deferredDataset(bytes: ArrayBuffer, outline: DatasetOutline): DeferredDataset {
	let held: ArrayBuffer | null = bytes;
	let text: string | null = null;
	let parsed = false;
	let taken = false;
	const decoded = () => {
		if (text === null) {
			text = new TextDecoder().decode(held!);
			held = null;
		}
		return text;
	};
	const release = () => {
		if (parsed && taken) text = null;
	};
	const dataset = { ...outline.head } as unknown as Dataset;
	const parse = () => {
		const { nodes, edges } = JSON.parse(decoded()) as Dataset;
		performance.mark('tiaokuai:page-parsed');
		// From here they are what they would have been: plain properties of the dataset.
		Object.defineProperty(dataset, 'nodes', { value: nodes, enumerable: true, writable: true });
		Object.defineProperty(dataset, 'edges', { value: edges, enumerable: true, writable: true });
		parsed = true;
		release();
	};
	for (const key of ['nodes', 'edges'] as const)
		Object.defineProperty(dataset, key, {
			enumerable: true,
			configurable: true,
			get: () => {
				parse();
				return dataset[key];
			}
		});
	tellFacts(dataset, outline.facts);
	const take = () => {
		const out = decoded();
		taken = true;
		release();
		return out;
	};
	return { dataset, text: take };
}

/** Parses the nodes and edges of a dataset from {@link deferredDataset} now, if they are not yet; any other dataset has them. */
export function settle(dataset: Dataset): void {
	void dataset.nodes;
}
