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

function diffItems<T extends { id: string }>(a: readonly T[], b: readonly T[]): ItemDiff {
	const before = new Map(a.map((item) => [item.id, item]));
	const after = new Map(b.map((item) => [item.id, item]));
	const changed: Change[] = [];
	for (const [id, next] of after) {
		const prev = before.get(id);
		if (!prev) continue;
		const keys = new Set([...Object.keys(prev), ...Object.keys(next)]);
		const fields = [...keys]
			.filter((key) => !same((prev as Record<string, unknown>)[key], (next as Record<string, unknown>)[key]))
			.sort();
		if (fields.length > 0) changed.push({ id, fields });
	}
	return {
		added: b.filter((item) => !before.has(item.id)).map((item) => item.id),
		removed: a.filter((item) => !after.has(item.id)).map((item) => item.id),
		changed
	};
}

/**
 * What is added, removed and changed going from graph `a` to graph `b`, e.g. between
 * `asOf(g, '2016-01-01')` and `asOf(g, '2019-01-01')`. Ids keep the order of the graph they come from.
 */
export function diffGraphs(a: Graph, b: Graph): GraphDiff {
	return { nodes: diffItems(a.nodes, b.nodes), edges: diffItems(a.edges, b.edges) };
}
