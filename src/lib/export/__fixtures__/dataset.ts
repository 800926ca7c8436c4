/**
 * Test-only Dataset factory: a few units of the 2015 structure with bilingual labels, validity
 * dates, citations, attributes, and nasty text for escaping checks. Never imported by shipped code.
 */
import { FORMAT, type Dataset } from '#lib/model/types.js';

const cite = (clause: string) => ({ source: 'opinions-2015', clause, quote: '加强社会组织党的建设' });

/** The fixture dataset. */
export function fixtureDataset(): Dataset {
	return {
		format: FORMAT,
		id: 'fixture',
		title: { zh: '社会组织党建', en: 'Party building in social organisations' },
		kinds: {
			nodes: [
				{ id: 'centre', label: { zh: '中央', en: 'Centre' }, tier: 0, color: '#b91c1c', shape: 'rounded' },
				{
					id: 'body',
					label: { zh: '党建工作机构', en: 'Work body' },
					tier: 1,
					color: '#b45309',
					shape: 'pill'
				},
				{
					id: 'org',
					label: { zh: '党组织', en: 'Party organisation' },
					tier: 2,
					color: '#15803d',
					shape: 'ellipse'
				}
			],
			edges: [
				{
					id: 'lead',
					label: { zh: '领导', en: 'Leadership' },
					verb: { zh: '领导', en: 'leads' },
					style: 'solid',
					color: '#b91c1c',
					backbone: true,
					hierarchical: true
				},
				{
					id: 'guide',
					label: { zh: '指导', en: 'Guidance' },
					verb: { zh: '指导', en: 'guides' },
					style: 'dashed',
					color: '#1d4ed8',
					backbone: false,
					hierarchical: true
				}
			]
		},
		nodes: [
			{
				id: 'centre',
				kind: 'centre',
				label: { zh: '党中央', en: 'CPC Central Committee' },
				cites: [cite('1')],
				provenance: 'primary'
			},
			{
				id: 'prov',
				kind: 'body',
				label: { zh: '省级社会组织党建工作机构', en: 'Provincial work body' },
				region: { code: '110000', name: { zh: '北京市', en: 'Beijing' } },
				cites: [cite('3')],
				provenance: 'primary',
				valid: { from: '2015-09-28' }
			},
			{
				id: 'nasty',
				kind: 'org',
				label: {
					zh: '=SUM(1) <script>alert("x")</script> & "协会"',
					en: '+cmd|calc, "Association"\nline two 🚩'
				},
				attrs: { members: 12, note: '@evil', flag: true, formula: '-1+2' },
				cites: [],
				provenance: 'user',
				valid: { from: '2016-01-01', to: '2020-01-01' },
				sample: true
			}
		],
		edges: [
			{ id: 'e1', kind: 'lead', from: 'centre', to: 'prov', cites: [cite('3')], provenance: 'primary' },
			{
				id: 'e2',
				kind: 'lead',
				from: 'prov',
				to: 'nasty',
				cites: [],
				provenance: 'user',
				valid: { from: '2016-01-01' }
			},
			{
				id: 'e3',
				kind: 'guide',
				from: 'centre',
				to: 'nasty',
				label: { zh: '指导 & 监督', en: 'guides & <oversees>' },
				cites: [],
				provenance: 'secondary'
			}
		],
		sources: [
			{
				id: 'opinions-2015',
				title: {
					zh: '关于加强社会组织党的建设工作的意见（试行）',
					en: 'Opinions on Party building in social organisations (trial)'
				},
				kind: 'primary',
				date: '2015-09-28',
				lang: 'zh',
				clauses: [{ id: '1', heading: { zh: '一', en: 'One' }, text: '加强社会组织党的建设' }]
			}
		]
	};
}
