/**
 * What the explorer reads of a dataset's nodes and edges as a whole before it draws: how many
 * there are and the dates on which they change. Read once per dataset object (datasets are
 * replaced, never changed in place), or told: the scene worker reads them where it parses a
 * chart, and the page, given them, draws the chart before it parses its own copy (see
 * io/deferred-dataset.ts).
 */
import type { Dataset } from './types.js';

/** One date on which nodes or edges begin or end, and how many of each. */
export interface DateChange {
	date: string;
	begin: number;
	end: number;
}

/** A dataset's counts and changes, plain data: they cross to and from a worker as they are. */
export interface DatasetFacts {
	nodes: number;
	edges: number;
	/** Every date a node or edge begins or ends (`valid.from`, `valid.to`), ascending. */
	changes: DateChange[];
}

const known = new WeakMap<Pick<Dataset, 'nodes' | 'edges'>, DatasetFacts>();

/** The facts of a dataset: told (see {@link tellFacts}), or read from its nodes and edges once. */
export function factsOf(dataset: Pick<Dataset, 'nodes' | 'edges'>): DatasetFacts {
	let facts = known.get(dataset);
	if (!facts) known.set(dataset, (facts = readFacts(dataset)));
	return facts;
}

/** Tells the facts of a dataset whose nodes and edges are not to be read for them. */
export function tellFacts(dataset: Pick<Dataset, 'nodes' | 'edges'>, facts: DatasetFacts): void {
	known.set(dataset, facts);
}

/** How many nodes a dataset has, its nodes not read when its facts were told. */
export function nodeCount(dataset: Pick<Dataset, 'nodes' | 'edges'>): number {
	return known.get(dataset)?.nodes ?? dataset.nodes.length;
}

function readFacts({ nodes, edges }: Pick<Dataset, 'nodes' | 'edges'>): DatasetFacts {
	const counts = new Map<string, DateChange>();
	const at = (date: string) => {
		let change = counts.get(date);
		if (!change) counts.set(date, (change = { date, begin: 0, end: 0 }));
		return change;
	};
	for (const list of [nodes, edges])
		for (const item of list) {
			if (item.valid?.from !== undefined) at(item.valid.from).begin++;
			if (item.valid?.to !== undefined) at(item.valid.to).end++;
		}
	const changes = [...counts.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	return { nodes: nodes.length, edges: edges.length, changes };
}
