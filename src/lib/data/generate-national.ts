/**
 * A generator of hierarchies shaped like the national chain of social-organisation Party
 * building: three central bodies, 31 provinces, 333 prefectures, 2,844 counties and grassroots
 * organisations below, with about 5 % extra relations that are not part of the backbone.
 * Benchmarks and big-graph tests use it; every node is marked `sample: true` with provenance
 * `user`, and cites a one-clause generated source, so the result validates as `tiaokuai/1`.
 */
import { FORMAT } from '#lib/model/types.js';
import type { Dataset } from '#lib/model/types.js';
import { generatedSource, nationalKinds } from './national-kinds.js';
import { NationalTree } from './national-tree.js';

/** Options of {@link generateNational}. */
export interface GenerateOptions {
	/** Total number of nodes. */
	nodes: number;
	/** Seed of the pseudo-random choices: the same seed gives the same dataset. */
	seed?: number;
	/** Share of extra non-backbone relations, relative to the node count. */
	extraRelations?: number;
	/** Dataset id; defaults to `generated-<nodes>`. */
	id?: string;
	/**
	 * Give about 5 % of grassroots organisations a founding or dissolution date (2016–2024), so
	 * the as-of slider and compare mode have something to show.
	 */
	history?: boolean;
}

/** Real tier sizes of the national chain above the grassroots. */
export const NATIONAL_TIERS = { central: 3, province: 31, prefecture: 333, county: 2844 } as const;

/** A small, fast, seedable PRNG (mulberry32), so generated data is reproducible. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * How many nodes each tier gets for a total of `n`: the real counts when `n` is large enough to
 * give every county at least one grassroots organisation, otherwise the prefecture, county and
 * grassroots tiers shrink in proportion.
 */
export function tierCounts(n: number): number[] {
	const { central, province, prefecture, county } = NATIONAL_TIERS;
	if (n <= central) return [n, 0, 0, 0, 0];
	if (n <= central + province) return [central, n - central, 0, 0, 0];
	const full = central + province + prefecture + county;
	if (n >= full + county) return [central, province, prefecture, county, n - full];
	const rest = n - central - province;
	const scale = rest / (prefecture + county + county);
	const pref = Math.max(1, Math.round(prefecture * scale));
	const cty = Math.max(rest - pref > 0 ? 1 : 0, Math.round(county * scale));
	return [central, province, pref, cty, rest - pref - cty];
}

/**
 * Generates a valid `tiaokuai/1` dataset of `nodes` nodes shaped like the national chain.
 * Deterministic for a given seed. Backbone relation `leads`; extra relations `guides` (from a
 * node one tier up that is not the backbone parent) and `relies` alternate.
 *
 * @example generateNational({ nodes: 10_000, seed: 1 }).nodes.length // 10000
 */
export function generateNational({
	nodes: n,
	seed = 1,
	extraRelations = 0.05,
	id,
	history = false
}: GenerateOptions): Dataset {
	const counts = tierCounts(Math.max(0, Math.floor(n)));
	const chain = new NationalTree(mulberry32(seed));
	chain.addUpperTiers(counts[0], counts[1]);
	chain.addMiddleTiers(counts[2], counts[3]);
	chain.addGrassroots(counts[4]);
	chain.addExtraRelations(Math.round(chain.nodes.length * extraRelations));
	if (history) chain.addHistory();
	const { nodes, edges } = chain;
	return {
		format: FORMAT,
		id: id ?? `generated-${nodes.length}`,
		title: { zh: `生成的全国层级（${nodes.length} 个节点）`, en: `Generated national hierarchy (${nodes.length} nodes)` },
		description: {
			zh: '按全国链条形状生成的示例数据，用于性能测试。',
			en: 'Sample data shaped like the national chain, generated for benchmarks.'
		},
		kinds: nationalKinds(),
		nodes,
		edges,
		sources: [generatedSource()]
	};
}
