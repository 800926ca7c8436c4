/**
 * The whole country as one chart: the national chain's work bodies (3 central, 31 provincial,
 * 333 prefecture, 2,844 county) with about 891,000 social organisations under the county bodies
 * and about 183,000 Party organisations inside them, the two in the proportion the issue names,
 * scaled so the total is `nodes` (1,070,000 by default). Lean, as a real register would be: the
 * organisations below the county carry no citation of their own, so the stored JSON stays under
 * the length a JavaScript string can hold.
 */
import { ADMIN_TIERS } from '#lib/model/tier-name.js';
import type { Dataset, EdgeDef, NodeDef } from '#lib/model/types.js';
import { NATIONAL_TIERS, generateNational } from './generate-national.js';

/** Social organisations and Party organisations in the national statistics the issue cites. */
const SOCIAL = 891_000;
const PARTY = 183_000;

/** The work bodies above the county line. */
const UPPER = Object.values(NATIONAL_TIERS).reduce((a, b) => a + b, 0);

/**
 * How many social organisations and Party organisations a country of `nodes` nodes gets.
 * @example countryCounts(1_070_000) → { social: 885_018, party: 181_771 }
 */
export function countryCounts(nodes: number): { social: number; party: number } {
	const below = Math.max(0, nodes - UPPER);
	const party = Math.round((below * PARTY) / (SOCIAL + PARTY));
	return { social: below - party, party };
}

/**
 * Generates the country chart (see the module comment). Deterministic for a seed.
 * @example generateCountry({ nodes: 20_000 }).nodes.length // 20000
 */
export function generateCountry({ nodes = 1_070_000, seed = 1, id = 'country' } = {}): Dataset {
	const { social, party } = countryCounts(nodes);
	const base = generateNational({ nodes: UPPER + social, seed, id, extraRelations: 0.05 });
	const kinds = {
		...base.kinds,
		nodes: [
			...base.kinds.nodes.filter((k) => k.id !== 'grassroots'),
			{
				id: 'social-org',
				label: { zh: '社会组织', en: 'Social organisation' },
				tier: 4,
				color: '#1d4ed8',
				shape: 'rect' as const
			},
			{
				id: 'party-org',
				label: { zh: '社会组织党组织', en: 'Party organisation in a social organisation' },
				tier: 5,
				color: '#be123c',
				shape: 'pill' as const
			}
		],
		tiers: ADMIN_TIERS.slice(0, 6)
	};
	const lean = (node: NodeDef, i: number): NodeDef =>
		node.kind === 'grassroots'
			? { id: node.id, kind: 'social-org', label: { zh: `社会组织${i + 1}`, en: `Social organisation ${i + 1}` }, tier: 4, cites: [], provenance: 'user', sample: true }
			: node;
	let g = 0;
	const all = base.nodes.map((node) => (node.kind === 'grassroots' ? lean(node, g++) : node));
	const grassroots = new Set(all.filter((n) => n.kind === 'social-org').map((n) => n.id));
	const edges: EdgeDef[] = base.edges.map((e) => (grassroots.has(e.to) ? { ...e, cites: [] } : e));
	const socialIds = all.filter((n) => n.kind === 'social-org').map((n) => n.id);
	for (let i = 0; i < party && socialIds.length; i++) {
		// Spread evenly over the social organisations: one Party organisation in about every fifth.
		const host = socialIds[Math.floor((i * socialIds.length) / party)];
		const pid = `y${i}`;
		all.push({ id: pid, kind: 'party-org', label: { zh: `社会组织党支部${i + 1}`, en: `Party branch ${i + 1}` }, tier: 5, cites: [], provenance: 'user', sample: true });
		edges.push({ id: `ye${i}`, kind: 'leads', from: host, to: pid, cites: [], provenance: 'user' });
	}
	return {
		...base,
		id,
		title: { zh: `全国社会组织党建（${all.length} 个节点）`, en: `The whole country's social organisation Party building (${all.length} nodes)` },
		kinds,
		nodes: all,
		edges
	};
}
