/**
 * What changed between two dates, for marking a chart in compare mode: nodes and relations
 * added or removed, and nodes whose relations changed (a new body to rely on, another parent).
 */
import type { Dataset } from '#lib/model/types.js';
import { isValidOn } from '#lib/model/dates.js';

/** How an item differs at the later date from the earlier one. */
export type CompareMark = 'added' | 'removed' | 'changed';

/** Marks per node id and per relation id; unchanged items are absent. */
export interface CompareMarks {
	nodes: Map<string, CompareMark>;
	edges: Map<string, CompareMark>;
}

/**
 * Compares the structure valid on `before` with the structure valid on `after`.
 *
 * @example compareMarks(dataset, '2016-01-01', '2024-01-01').nodes.get('social-work-dept') // 'added'
 */
export function compareMarks(dataset: Dataset, before: string, after: string): CompareMarks {
	const nodes = new Map<string, CompareMark>();
	const edges = new Map<string, CompareMark>();
	for (const n of dataset.nodes) {
		const a = isValidOn(n.valid, before);
		const b = isValidOn(n.valid, after);
		if (a !== b) nodes.set(n.id, b ? 'added' : 'removed');
	}
	const validity = new Map(dataset.nodes.map((n) => [n.id, n.valid]));
	for (const e of dataset.edges) {
		// A relation exists on a date only when it and both its ends do.
		const on = (date: string) =>
			isValidOn(e.valid, date) &&
			isValidOn(validity.get(e.from), date) &&
			isValidOn(validity.get(e.to), date);
		const a = on(before);
		const b = on(after);
		if (a === b) continue;
		edges.set(e.id, b ? 'added' : 'removed');
		for (const end of [e.from, e.to]) if (!nodes.has(end)) nodes.set(end, 'changed');
	}
	return { nodes, edges };
}

/** A comparison of two dates, read forward in time: from the earlier date to the later. */
export interface Comparison {
	from: string;
	to: string;
	marks: CompareMarks;
}

/**
 * Compares the structures on two dates whichever is shown: the changes always run from the
 * earlier date to the later, so a body set up between them is added, never removed.
 *
 * @example compareForward(dataset, '2023-03-16', '2018-03-20').from // '2018-03-20'
 */
export function compareForward(dataset: Dataset, shown: string, other: string): Comparison {
	const [from, to] = shown <= other ? [shown, other] : [other, shown];
	return { from, to, marks: compareMarks(dataset, from, to) };
}
