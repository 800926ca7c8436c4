import type { Kinds, Lang, TierDef } from './types.js';

/**
 * The levels of a Chinese administrative chain, the default names for charts that bring none
 * (imported tables, generated and regional charts): 中央、省级、地市级、县级、基层、社会组织.
 */
export const ADMIN_TIERS: TierDef[] = [
	['中央', 'Central'],
	['省级', 'Provincial'],
	['地市级', 'Prefecture'],
	['县级', 'County'],
	['基层', 'Grassroots'],
	['社会组织', 'Social organisation']
].map(([zh, en], tier) => ({ tier, label: { zh, en } }));

/**
 * The name of a tier in a language, from the dataset's `kinds.tiers`; a tier without a name is
 * called by its number, so a chart with its own levels never borrows another's names.
 * @example tierName({ nodes: [], edges: [], tiers: ADMIN_TIERS }, 3, 'zh') → '县级'; tierName({ nodes: [], edges: [] }, 3, 'en') → 'Tier 3'
 */
export function tierName(kinds: Pick<Kinds, 'tiers'>, tier: number, lang: Lang): string {
	const named = kinds.tiers?.find((t) => t.tier === tier);
	if (named) return named.label[lang];
	return lang === 'zh' ? `第 ${tier} 级` : `Tier ${tier}`;
}
