import { FORMAT, type Dataset, type Text } from '#lib/model/types.js';

/**
 * A new chart with one top-level node and the kinds most charts of this field need: a leading
 * body, work bodies, Party organisations; leadership as the backbone, guidance and reliance as
 * cross-links. Everything can be renamed or removed in the editor.
 *
 * @example
 * emptyDataset('my-chart', { zh: '某县社会组织党建', en: 'County chart' }).nodes.length // 1
 */
export function emptyDataset(id: string, title: Text): Dataset {
	return {
		format: FORMAT,
		id,
		title,
		kinds: {
			nodes: [
				{
					id: 'lead',
					label: { zh: '领导机关', en: 'Leading body' },
					tier: 0,
					color: '#b3261e',
					shape: 'rounded'
				},
				{ id: 'body', label: { zh: '工作机构', en: 'Work body' }, tier: 1, color: '#0072b2', shape: 'rect' },
				{
					id: 'org',
					label: { zh: '党组织', en: 'Party organisation' },
					tier: 2,
					color: '#009e73',
					shape: 'pill'
				}
			],
			edges: [
				{
					id: 'leads',
					label: { zh: '领导', en: 'Leadership' },
					verb: { zh: '领导', en: 'leads' },
					style: 'solid',
					color: '#333333',
					backbone: true,
					hierarchical: true
				},
				{
					id: 'guides',
					label: { zh: '指导', en: 'Guidance' },
					verb: { zh: '指导', en: 'guides' },
					style: 'dashed',
					color: '#d55e00',
					backbone: false,
					hierarchical: true
				},
				{
					id: 'relies',
					label: { zh: '依托', en: 'Reliance' },
					verb: { zh: '依托', en: 'relies on' },
					style: 'dotted',
					color: '#cc79a7',
					backbone: false,
					hierarchical: false
				}
			]
		},
		nodes: [{ id: 'root', kind: 'lead', label: { ...title }, cites: [], provenance: 'user' }],
		edges: [],
		sources: []
	};
}
