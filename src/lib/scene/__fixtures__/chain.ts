import type { Dataset, NodeDef, EdgeDef } from '#lib/model/types.js';

const cite = [{ source: 'doc', clause: 'c1', quote: '指导' }];
const node = (id: string, kind: string, zh: string, en: string, extra: Partial<NodeDef> = {}): NodeDef => ({
	id,
	kind,
	label: { zh, en },
	cites: cite,
	provenance: 'primary',
	...extra
});
const edge = (id: string, kind: string, from: string, to: string, extra: Partial<EdgeDef> = {}): EdgeDef => ({
	id,
	kind,
	from,
	to,
	cites: cite,
	provenance: 'primary',
	...extra
});

/** A small two-level chain with cross-links, a secondary node that ends in 2018, and long labels. */
export const fixture: Dataset = {
	format: 'tiaokuai/1',
	id: 'fixture',
	title: { zh: '测试链条', en: 'Test chain' },
	kinds: {
		nodes: [
			{ id: 'centre', label: { zh: '中央', en: 'Centre' }, tier: 0, color: '#b3261e', shape: 'rounded' },
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
				label: { zh: '领导', en: 'Leads' },
				verb: { zh: '领导', en: 'leads' },
				style: 'solid',
				color: '#333333',
				backbone: true,
				hierarchical: true
			},
			{
				id: 'guides',
				label: { zh: '指导', en: 'Guides' },
				verb: { zh: '指导', en: 'guides' },
				style: 'dashed',
				color: '#d55e00',
				backbone: false,
				hierarchical: true
			},
			{
				id: 'relies',
				label: { zh: '依托', en: 'Relies on' },
				verb: { zh: '依托', en: 'relies on' },
				style: 'dotted',
				color: '#cc79a7',
				backbone: false,
				hierarchical: false
			}
		]
	},
	nodes: [
		node('c', 'centre', '中央委员会', 'Central committee'),
		node('p1', 'body', '省级社会组织党建工作机构', 'Provincial social-organisation Party-building work body'),
		node('p2', 'body', '另一省级工作机构', 'Another provincial body', {
			provenance: 'secondary',
			valid: { to: '2018-03-21' }
		}),
		node('o1', 'org', '社会组织党组织甲', 'Party organisation A'),
		node('o2', 'org', '社会组织党组织乙', 'Party organisation B'),
		node('o3', 'org', '社会组织党组织丙', 'Party organisation C')
	],
	edges: [
		edge('e1', 'leads', 'c', 'p1'),
		edge('e2', 'leads', 'c', 'p2'),
		edge('e3', 'leads', 'p1', 'o1'),
		edge('e4', 'leads', 'p1', 'o2'),
		edge('e5', 'leads', 'p2', 'o3'),
		edge('x1', 'guides', 'p2', 'o1'),
		edge('x2', 'guides', 'p2', 'o2'),
		edge('x3', 'relies', 'o3', 'p1')
	],
	sources: [
		{
			id: 'doc',
			title: { zh: '文件', en: 'Document' },
			kind: 'primary',
			lang: 'zh',
			clauses: [{ id: 'c1', heading: { zh: '第一条', en: 'Clause 1' }, text: '上级机构对下级机构进行指导。' }]
		}
	]
};
