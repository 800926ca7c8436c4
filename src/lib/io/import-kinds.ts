import type { EdgeKind, NodeKind } from '#lib/model/types.js';
import { opinions2015Kinds } from '#lib/data/opinions-2015-kinds.js';
import type { UnitField } from './column-mapping.js';
import type { ImportProblemCode, TableImportOptions } from './import-types.js';
import type { BuiltInNames } from './kind-typos.js';

/**
 * The registry a table's kinds are matched with when no registry is given: the built-in one, so
 * a sheet whose kinds are written as the built-in chart names them (党委, 党建工作机构, or
 * Party committee) gets that kind's colour, shape and level.
 */
const BUILT_IN = opinions2015Kinds;

const palette = ['#b91c1c', '#1d4ed8', '#047857', '#b45309', '#7c3aed', '#0e7490', '#be185d', '#4d7c0f'];

/** The node kind used when the registry is built from the values. */
export const defaultUnitKind: NodeKind = {
	id: 'unit',
	label: { zh: '单位', en: 'Unit' },
	color: '#475569',
	shape: 'rounded'
};

/** The backbone relation of a table import: each row's parent column. */
export const parentKind: EdgeKind = {
	id: 'parent',
	label: { zh: '上下级', en: 'Hierarchy' },
	verb: { zh: '领导', en: 'leads' },
	style: 'solid',
	color: '#334155',
	backbone: true,
	hierarchical: true
};

/** What the kinds pass reads of a unit row. */
export interface KindRow {
	row: number;
	values: Partial<Record<UnitField, string>>;
	error: ImportProblemCode[];
	asked: boolean;
}

/**
 * The kind a cell names: by id, or by its label in either language, case and surrounding spaces
 * aside.
 *
 * @example findKind(opinions2015Kinds.nodes, '党建工作机构')?.id // → 'work-body'
 */
export function findKind(registry: readonly NodeKind[], value: string): NodeKind | undefined {
	const low = value.trim().toLowerCase();
	return registry.find(
		(k) => k.id.toLowerCase() === low || k.label.zh === value.trim() || k.label.en.toLowerCase() === low
	);
}

/** The built-in kind a value names when kinds are made from the values: `unit` the default one. */
const builtInKind = (value: string): NodeKind | undefined =>
	value === defaultUnitKind.id ? defaultUnitKind : findKind(BUILT_IN.nodes, value);

/** The names of the built-in node kinds in either language, and `unit`, each with its kind's id. */
export const builtInNodeNames: BuiltInNames = new Map(
	[defaultUnitKind.id, ...BUILT_IN.nodes.flatMap((k) => [k.label.zh, k.label.en])].map((name) => [
		name,
		builtInKind(name)?.id ?? name
	])
);

/** The kinds an import's nodes and edges take, and each row's node kind. */
export interface NodeKinds {
	nodes: NodeKind[];
	edges: EdgeKind[];
	kindOf: Map<KindRow, string>;
}

/** The node kinds registry, and each row's kind; unknown kinds fall back to the default with a warning. */
export function buildNodeKinds(
	rows: KindRow[],
	options: TableImportOptions,
	unknown: (row: number, value: string, fallback: string) => void
): NodeKinds {
	const kindOf = new Map<KindRow, string>();
	if (options.kinds) {
		const registry = options.kinds.nodes;
		const fallback = options.defaultKind ?? registry[0]?.id ?? defaultUnitKind.id;
		const nodes = registry.some((k) => k.id === fallback) ? registry : [...registry, defaultUnitKind];
		for (const u of rows) {
			const v = u.values.kind ?? '';
			const k = v === '' ? undefined : findKind(registry, v);
			if (v !== '' && !k && u.error.length === 0 && !u.asked) unknown(u.row, v, fallback);
			kindOf.set(u, k?.id ?? fallback);
		}
		return { nodes, edges: options.kinds.edges, kindOf };
	}
	const fallback = options.defaultKind ?? defaultUnitKind.id;
	const nodes: NodeKind[] = [];
	// Looked up by id, not searched: a sheet may have as many kinds as rows.
	const added = new Set<string>();
	/** Adds the kind a value names, a built-in one when it names one; returns its id. */
	const ensure = (value: string): string => {
		const known = builtInKind(value);
		const id = known?.id ?? value;
		if (added.has(id)) return id;
		added.add(id);
		nodes.push(
			known ?? {
				id,
				label: { zh: id, en: id },
				color: palette[nodes.length % palette.length],
				shape: 'rounded'
			}
		);
		return id;
	};
	for (const u of rows) {
		const value = u.values.kind || fallback;
		const used = u.error.length === 0 && !u.asked;
		kindOf.set(u, used ? ensure(value) : (builtInKind(value)?.id ?? value));
	}
	if (nodes.length === 0) ensure(fallback);
	return { nodes, edges: [parentKind], kindOf };
}
