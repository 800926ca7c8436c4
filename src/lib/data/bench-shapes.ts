/**
 * The three data shapes `npm run bench` opens, all from the national-chain generator with 5 %
 * cross-links: **lean** (nodes with id, kind and label; relations with id, kind and ends; both
 * with the empty citations and provenance the format requires),
 * **rich** (a citation and two attributes on every node and every relation), and **off-backbone**
 * (lean, but the tree runs along a hierarchical kind that is not the declared backbone, opened
 * with `backbone=` in the address).
 */
import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';
import { generateNational } from './generate-national.js';

/** A data shape of the bench. */
export type BenchShape = 'lean' | 'rich' | 'off-backbone';

/** Every shape, in the order the bench prints them. */
export const BENCH_SHAPES: readonly BenchShape[] = ['lean', 'rich', 'off-backbone'];

/** A dataset of one shape, with the relation kind its tree runs along when that is not the backbone. */
export interface BenchData {
	dataset: Dataset;
	/** The `backbone=` of the address that opens it; absent for the declared backbone. */
	backbone?: string;
}

/** The kind the off-backbone shape's tree runs along: hierarchical, not the backbone. */
export const OFF_BACKBONE_KIND = 'guides';

/**
 * A dataset of `shape` with `nodes` nodes; the same arguments give the same dataset.
 *
 * @example benchDataset('lean', 1000).dataset.nodes[0] // { id: 'c0', kind: 'central', label: {…} }
 * @example benchDataset('off-backbone', 1000).backbone // 'guides'
 */
export function benchDataset(shape: BenchShape, nodes: number, seed = 1): BenchData {
	const base = generateNational({ nodes, seed, id: `bench-${shape}-${nodes}` });
	if (shape === 'rich') return { dataset: rich(base) };
	const lean = { ...base, sources: [] } as Dataset;
	// The fields the format requires stay, empty: without them the full check would list
	// 20,000 problems on a 10k chart.
	lean.nodes = base.nodes.map(({ id, kind, label }): NodeDef => ({ id, kind, label, cites: [], provenance: 'user' }));
	lean.edges = base.edges.map(
		({ id, kind, from, to }): EdgeDef => ({ id, kind, from, to, cites: [], provenance: 'user' })
	);
	if (shape === 'lean') return { dataset: lean };
	// The backbone's relations become the tree kind, and the cross-links all `relies`: a second
	// `guides` into a node would give it two parents in the tree.
	for (const edge of lean.edges) edge.kind = edge.kind === 'leads' ? OFF_BACKBONE_KIND : 'relies';
	return { dataset: lean, backbone: OFF_BACKBONE_KIND };
}

/** Every node with a citation and two attributes; every relation with a citation, a label and a validity. */
function rich(base: Dataset): Dataset {
	const nodes = base.nodes.map((node, i) => ({
		...node,
		attrs: node.attrs ?? { members: 3 + (i % 200), sector: i % 2 ? '行业协会' : '学术团体' }
	}));
	const verbs: Record<string, [string, string]> = {
		leads: ['领导', 'leads'],
		guides: ['指导', 'guides'],
		relies: ['依托', 'relies on']
	};
	const edges = base.edges.map((edge, i) => {
		const [zh, en] = verbs[edge.kind] ?? [edge.kind, edge.kind];
		return { ...edge, label: { zh, en }, valid: { from: `${2016 + (i % 8)}-01-01` } };
	});
	return { ...base, nodes, edges };
}
