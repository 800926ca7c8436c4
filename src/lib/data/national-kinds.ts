/** The vocabulary of a generated national chain: its node and relation kinds, tiers and one source. */
import { ADMIN_TIERS } from '#lib/model/tier-name.js';
import type { Dataset, Source } from '#lib/model/types.js';

/** What the generated data's one source says of it, shown where a node's citation is. */
const GENERATED_NOTE = '按全国链条形状生成的示例数据，节点与关系均非真实机构。';

/** The one source every generated node and relation cites (clause `gen`), a new object each call. */
export function generatedSource(): Source {
	return {
	id: 'gen',
	title: { zh: '生成的数据', en: 'Generated data' },
	kind: 'secondary',
	lang: 'zh',
	clauses: [{ id: 'gen', heading: { zh: '生成', en: 'Generated' }, text: GENERATED_NOTE }]
	};
}

/**
 * The kinds of a generated national chain: one node kind per tier, the backbone `leads`, and the
 * extra relations `guides` and `relies`; a new object each call, since a dataset's kinds may be edited.
 */
export function nationalKinds(): Dataset['kinds'] {
	return {
		nodes: [
			{ id: 'central', label: { zh: '中央机构', en: 'Central body' }, tier: 0, color: '#b91c1c', shape: 'hexagon' },
			{ id: 'province', label: { zh: '省级机构', en: 'Provincial body' }, tier: 1, color: '#c2410c', shape: 'rounded' },
			{ id: 'prefecture', label: { zh: '市级机构', en: 'Prefecture body' }, tier: 2, color: '#a16207', shape: 'rounded' },
			{ id: 'county', label: { zh: '县级机构', en: 'County body' }, tier: 3, color: '#15803d', shape: 'rounded' },
			{ id: 'grassroots', label: { zh: '基层党组织', en: 'Grassroots Party organisation' }, tier: 4, color: '#1d4ed8', shape: 'pill' }
		],
		tiers: ADMIN_TIERS.slice(0, 5),
		edges: [
			{
				id: 'leads',
				label: { zh: '领导', en: 'Leadership' },
				verb: { zh: '领导', en: 'leads' },
				style: 'solid',
				color: '#7f1d1d',
				backbone: true,
				hierarchical: true
			},
			{
				id: 'guides',
				label: { zh: '指导', en: 'Guidance' },
				verb: { zh: '指导', en: 'guides' },
				style: 'dashed',
				color: '#1e40af',
				backbone: false,
				hierarchical: true
			},
			{
				id: 'relies',
				label: { zh: '依托', en: 'Reliance' },
				verb: { zh: '依托', en: 'is relied on by' },
				style: 'dotted',
				color: '#047857',
				backbone: false,
				hierarchical: false
			}
		]
	};
}
