import type { Graph } from './graph.js';

/** An item present in both graphs whose fields differ. */
export interface Change {
	id: string;
	/** Top-level field names that differ, sorted, e.g. `['label', 'valid']`. */
	fields: string[];
}

/** What changed between two graphs for one kind of item. */
export interface ItemDiff {
	added: string[];
	removed: string[];
	changed: Change[];
}

/** The difference between two graphs: nodes and edges by id. */
export interface GraphDiff {
	nodes: ItemDiff;
	edges: ItemDiff;
}

/** Structural equality for plain JSON-like data; key order does not matter. */
function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	if (ka.length !== kb.length) return false;
	return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The fields of two versions of an item that differ, sorted; none for the same object. */
function changedFields(prev: object, next: object): string[] {
	if (prev === next) return [];
	const a = prev as Record<string, unknown>;
	const b = next as Record<string, unknown>;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...keys].filter((key) => !same(a[key], b[key])).sort();
}

/** Items matched by id through each side's index: `at(id)` is an item's position on that side, or -1. */
function diffItems<T extends { id: string }>(
	a: readonly T[],
	aAt: (id: string) => number,
	b: readonly T[],
	bAt: (id: string) => number
): ItemDiff {
	const changed: Change[] = [];
	const added: string[] = [];
	for (const next of b) {
		const i = aAt(next.id);
		if (i < 0) added.push(next.id);
		else {
			const fields = changedFields(a[i], next);
			if (fields.length > 0) changed.push({ id: next.id, fields });
		}
	}
	const removed = a.filter((item) => bAt(item.id) < 0).map((item) => item.id);
	return { added, removed, changed };
}

/**
 * What is added, removed and changed going from graph `a` to graph `b`, e.g. between
 * `asOf(g, '2016-01-01')` and `asOf(g, '2019-01-01')`. Ids keep the order of the graph they come from.
 */
export function diffGraphs(a: Graph, b: Graph): GraphDiff {
	return {
		nodes: diffItems(
			a.nodes,
			(id) => a.nodeIndex(id),
			b.nodes,
			(id) => b.nodeIndex(id)
		),
		edges: diffItems(
			a.edges,
			(id) => a.edgeIndex(id),
			b.edges,
			(id) => b.edgeIndex(id)
		)
	};
}
