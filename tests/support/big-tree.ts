// A stored chart larger than a page carries (load-chart.ts's PAGE_INLINE_CHARS), for the journeys
// and tests of large charts.
import type { Dataset } from '../../src/lib/model/types.js';

/**
 * A tree of `n` units, each under the one an eighth of its number: 25,000 units make about 4 MB of
 * JSON, 30,000 about 5 MB (the API's body limit). Ids are base 36 to keep the JSON small.
 * @example tree(3).edges // [{ id: '1', from: '0', to: '1', … }, { id: '2', from: '0', to: '2', … }]
 */
export function tree(n: number, label = (i: number) => String(i)): Dataset {
	const unit = (i: number) => ({
		id: i.toString(36),
		kind: 'u',
		label: { zh: label(i), en: label(i) },
		cites: [],
		provenance: 'user' as const
	});
	return {
		format: 'tiaokuai/1',
		id: 'big',
		title: { zh: '大图', en: 'Big chart' },
		kinds: {
			nodes: [{ id: 'u', label: { zh: '单位', en: 'Unit' }, tier: 0, color: '#0072B2', shape: 'rect' }],
			edges: [
				{
					id: 'p',
					label: { zh: '上级', en: 'Parent' },
					verb: { zh: '管', en: 'manages' },
					style: 'solid',
					color: '#000000',
					backbone: true,
					hierarchical: true
				}
			]
		},
		nodes: Array.from({ length: n }, (_, i) => unit(i)),
		edges: Array.from({ length: n - 1 }, (_, i) => ({
			id: (i + 1).toString(36),
			kind: 'p',
			from: Math.floor(i / 8).toString(36),
			to: (i + 1).toString(36),
			cites: [],
			provenance: 'user' as const
		})),
		sources: []
	};
}
