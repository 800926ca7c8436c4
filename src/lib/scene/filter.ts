/**
 * Filters by node kind, tier and provenance (primary text, secondary source, user data), and the
 * counts a filter panel shows beside each choice.
 */
import type { Provenance } from '#lib/model/types.js';

/** What a filter needs of a node; a `NodeDef` fits. */
export interface FilterRecord {
	id: string;
	kind: string;
	tier?: number;
	provenance: Provenance;
}

/** A filter: each present list keeps only nodes whose value is in it; absent lists keep all. */
export interface NodeFilter {
	kinds?: readonly string[];
	tiers?: readonly number[];
	provenance?: readonly Provenance[];
}

/** True when the filter removes anything at all. */
export function isFilterActive(filter: NodeFilter): boolean {
	return filter.kinds !== undefined || filter.tiers !== undefined || filter.provenance !== undefined;
}

/** The node's tier, or its kind's when the node has none. */
const tierOf = (node: FilterRecord, kindTiers: Readonly<Record<string, number>>) =>
	node.tier ?? kindTiers[node.kind];

/**
 * Ids of the nodes the filter keeps. A tier filter drops nodes without a tier.
 *
 * @example filterNodes([{ id: 'a', kind: 'k', provenance: 'user' }], { provenance: ['primary'] }) // Set {}
 */
export function filterNodes(
	nodes: readonly FilterRecord[],
	filter: NodeFilter,
	kindTiers: Readonly<Record<string, number>> = {}
): Set<string> {
	const kinds = filter.kinds ? new Set(filter.kinds) : null;
	const tiers = filter.tiers ? new Set(filter.tiers) : null;
	const provenance = filter.provenance ? new Set(filter.provenance) : null;
	const kept = new Set<string>();
	for (const node of nodes) {
		if (kinds && !kinds.has(node.kind)) continue;
		if (provenance && !provenance.has(node.provenance)) continue;
		if (tiers) {
			const tier = tierOf(node, kindTiers);
			if (tier === undefined || !tiers.has(tier)) continue;
		}
		kept.add(node.id);
	}
	return kept;
}

/** How many nodes have each kind, tier and provenance, for the counts beside filter choices. */
export interface FilterFacets {
	kinds: Map<string, number>;
	tiers: Map<number, number>;
	provenance: Map<Provenance, number>;
}

/**
 * Counts nodes per kind, tier and provenance, in order of first appearance (tiers ascending).
 *
 * @example filterFacets([{ id: 'a', kind: 'k', tier: 1, provenance: 'user' }]).tiers // Map { 1 => 1 }
 */
export function filterFacets(
	nodes: readonly FilterRecord[],
	kindTiers: Readonly<Record<string, number>> = {}
): FilterFacets {
	const kinds = new Map<string, number>();
	const tierCounts = new Map<number, number>();
	const provenance = new Map<Provenance, number>();
	for (const node of nodes) {
		kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
		provenance.set(node.provenance, (provenance.get(node.provenance) ?? 0) + 1);
		const tier = tierOf(node, kindTiers);
		if (tier !== undefined) tierCounts.set(tier, (tierCounts.get(tier) ?? 0) + 1);
	}
	const tiers = new Map([...tierCounts].sort((a, b) => a[0] - b[0]));
	return { kinds, tiers, provenance };
}
