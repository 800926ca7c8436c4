import type { Dataset, EdgeDef, NodeDef } from './types.js';

/** An item present on both sides whose content differs, with the top-level fields that changed. */
export interface Changed<T> {
	id: string;
	before: T;
	after: T;
	fields: string[];
}

/** What changed in one list of items keyed by id. */
export interface ItemDiff<T> {
	added: T[];
	removed: T[];
	changed: Changed<T>[];
}

/** What changed between two versions of a dataset. */
export interface DatasetDiff {
	title: boolean;
	nodes: ItemDiff<NodeDef>;
	edges: ItemDiff<EdgeDef>;
	/** True when the kinds registry, sources or views differ. */
	kinds: boolean;
	sources: boolean;
	views: boolean;
}

/** Counts of a diff, small enough to keep with every revision. */
export interface DiffSummary {
	nodes: { added: number; removed: number; changed: number };
	edges: { added: number; removed: number; changed: number };
	title: boolean;
	kinds: boolean;
	sources: boolean;
	views: boolean;
}

/**
 * Compares two datasets item by item (nodes and edges by id).
 *
 * @example
 * diffDatasets(a, b).nodes.added.map((n) => n.id) // ['county-1']
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
	return {
		title: !same(before.title, after.title),
		nodes: diffItems(before.nodes, after.nodes),
		edges: diffItems(before.edges, after.edges),
		kinds: !same(before.kinds, after.kinds),
		sources: !same(before.sources, after.sources),
		views: !same(before.views ?? [], after.views ?? [])
	};
}

/** The counts of a diff. */
export function summariseDiff(diff: DatasetDiff): DiffSummary {
	const count = <T>(d: ItemDiff<T>) => ({
		added: d.added.length,
		removed: d.removed.length,
		changed: d.changed.length
	});
	return {
		nodes: count(diff.nodes),
		edges: count(diff.edges),
		title: diff.title,
		kinds: diff.kinds,
		sources: diff.sources,
		views: diff.views
	};
}

function diffItems<T extends { id: string }>(before: T[], after: T[]): ItemDiff<T> {
	const old = new Map(before.map((x) => [x.id, x]));
	const now = new Map(after.map((x) => [x.id, x]));
	const added = after.filter((x) => !old.has(x.id));
	const removed = before.filter((x) => !now.has(x.id));
	const changed: Changed<T>[] = [];
	for (const x of after) {
		const prev = old.get(x.id);
		if (!prev) continue;
		const fields = changedFields(prev, x);
		if (fields.length > 0) changed.push({ id: x.id, before: prev, after: x, fields });
	}
	return { added, removed, changed };
}

function changedFields(a: object, b: object): string[] {
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
	return [...keys].filter((k) => !same(ra[k], rb[k])).sort();
}

/** Structural equality of JSON values, ignoring key order. */
function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((x, i) => same(x, b[i]));
	}
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
	const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
	return ka.length === kb.length && ka.every((k) => same(ra[k], rb[k]));
}
