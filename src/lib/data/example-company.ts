import type { Citation, Dataset, EdgeDef, NodeDef, Text } from '#lib/model/types.js';

const T = (zh: string, en: string): Text => ({ zh, en });
const cite = (clause: string, quote: string): Citation => ({ source: 'org-chart-2024', clause, quote });

/** [id, kind, zh, en, tier, reports to, clause, quote] */
const UNITS: [string, string, string, string, number, string | undefined, string, string][] = [
	['board', 'board', '董事会', 'Board of directors', 0, undefined, 'governance', '董事会聘任首席执行官'],
	['ceo', 'executive', '首席执行官', 'Chief executive officer', 1, 'board', 'governance', '董事会聘任首席执行官'],
	['cfo', 'executive', '首席财务官', 'Chief financial officer', 2, 'ceo', 'executives', '首席财务官、首席技术官、首席运营官和人力资源总监向首席执行官汇报'],
	['cto', 'executive', '首席技术官', 'Chief technology officer', 2, 'ceo', 'executives', '首席财务官、首席技术官、首席运营官和人力资源总监向首席执行官汇报'],
	['coo', 'executive', '首席运营官', 'Chief operating officer', 2, 'ceo', 'executives', '首席财务官、首席技术官、首席运营官和人力资源总监向首席执行官汇报'],
	['hr', 'executive', '人力资源总监', 'Head of human resources', 2, 'ceo', 'executives', '首席财务官、首席技术官、首席运营官和人力资源总监向首席执行官汇报'],
	['accounting', 'department', '会计部', 'Accounting', 3, 'cfo', 'finance', '财务线设会计部和资金部'],
	['treasury', 'department', '资金部', 'Treasury', 3, 'cfo', 'finance', '财务线设会计部和资金部'],
	['platform', 'department', '平台工程部', 'Platform engineering', 3, 'cto', 'technology', '技术线设平台工程部、产品工程部和信息安全部'],
	['product-eng', 'department', '产品工程部', 'Product engineering', 3, 'cto', 'technology', '技术线设平台工程部、产品工程部和信息安全部'],
	['security', 'department', '信息安全部', 'Information security', 3, 'cto', 'technology', '技术线设平台工程部、产品工程部和信息安全部'],
	['sales', 'department', '销售部', 'Sales', 3, 'coo', 'operations', '运营线设销售部、客户服务部和供应链部'],
	['support', 'department', '客户服务部', 'Customer support', 3, 'coo', 'operations', '运营线设销售部、客户服务部和供应链部'],
	['supply', 'department', '供应链部', 'Supply chain', 3, 'coo', 'operations', '运营线设销售部、客户服务部和供应链部'],
	['recruiting', 'department', '招聘组', 'Recruiting', 3, 'hr', 'people', '人力资源线设招聘组和薪酬组'],
	['payroll', 'department', '薪酬组', 'Payroll', 3, 'hr', 'people', '人力资源线设招聘组和薪酬组'],
	['north', 'team', '北区销售组', 'Sales team North', 4, 'sales', 'operations', '销售部下设北区和南区两个销售组'],
	['south', 'team', '南区销售组', 'Sales team South', 4, 'sales', 'operations', '销售部下设北区和南区两个销售组']
];

/** Dotted-line advice that crosses the reporting lines. [from, to, clause, quote] */
const ADVICE: [string, string, string, string][] = [
	['security', 'platform', 'advice', '信息安全部对平台工程部和产品工程部提供业务指导'],
	['security', 'product-eng', 'advice', '信息安全部对平台工程部和产品工程部提供业务指导'],
	['accounting', 'payroll', 'advice', '会计部对薪酬组提供业务指导'],
	['product-eng', 'support', 'advice', '产品工程部对客户服务部提供业务指导']
];

const nodes: NodeDef[] = UNITS.map(([id, kind, zh, en, tier, , clause, quote]) => ({
	id,
	kind,
	label: T(zh, en),
	tier,
	cites: [cite(clause, quote)],
	provenance: 'user'
}));

const edges: EdgeDef[] = [
	...UNITS.flatMap(([id, , , , , parent, clause, quote]) =>
		parent === undefined
			? []
			: [{ id: `${parent}--reports--${id}`, kind: 'reports', from: parent, to: id, cites: [cite(clause, quote)], provenance: 'user' as const }]
	),
	...ADVICE.map(([from, to, clause, quote]) => ({
		id: `${from}--advises--${to}`,
		kind: 'advises',
		from,
		to,
		cites: [cite(clause, quote)],
		provenance: 'user' as const
	}))
];

/**
 * A generic company org chart: shows that the format is not tied to the Opinions. Two relation
 * kinds (reporting lines as the backbone, dotted-line advice across them) and one user source.
 */
export const exampleCompany: Dataset = {
	format: 'tiaokuai/1',
	id: 'example-company',
	title: T('示例公司组织结构', 'Example company org chart'),
	description: T('一家虚构公司的汇报关系和业务指导关系。', 'Reporting lines and dotted-line advice in a made-up company.'),
	kinds: {
		nodes: [
			{ id: 'board', label: T('董事会', 'Board'), tier: 0, color: '#0072B2', shape: 'hexagon' },
			{ id: 'executive', label: T('高管', 'Executive'), tier: 1, color: '#D55E00', shape: 'rounded' },
			{ id: 'department', label: T('部门', 'Department'), tier: 3, color: '#009E73', shape: 'rect' },
			{ id: 'team', label: T('小组', 'Team'), tier: 4, color: '#56B4E9', shape: 'pill' }
		],
		edges: [
			{ id: 'reports', label: T('汇报关系', 'Reporting line'), verb: T('管理', 'manages'), style: 'solid', color: '#000000', backbone: true, hierarchical: true },
			{ id: 'advises', label: T('业务指导', 'Dotted-line advice'), verb: T('业务指导', 'advises'), style: 'dashed', color: '#AA4499', backbone: false, hierarchical: false }
		],
		tiers: [
			{ tier: 0, label: T('治理层', 'Governance') },
			{ tier: 1, label: T('首席执行官', 'Chief executive') },
			{ tier: 2, label: T('分管高管', 'Executives reporting to the CEO') },
			{ tier: 3, label: T('部门层', 'Departments') },
			{ tier: 4, label: T('小组层', 'Teams') }
		]
	},
	nodes,
	edges,
	sources: [
		{
			id: 'org-chart-2024',
			title: T('公司组织结构说明（示例）', 'Company organisation memo (example)'),
			kind: 'secondary',
			lang: 'zh',
			note: T('为演示而编写的虚构文件。', 'A made-up document written for this example.'),
			clauses: [
				{ id: 'governance', heading: T('治理', 'Governance'), text: '董事会聘任首席执行官，首席执行官对董事会负责。' },
				{ id: 'executives', heading: T('高管', 'Executives'), text: '首席财务官、首席技术官、首席运营官和人力资源总监向首席执行官汇报。' },
				{ id: 'finance', heading: T('财务线', 'Finance'), text: '财务线设会计部和资金部。' },
				{ id: 'technology', heading: T('技术线', 'Technology'), text: '技术线设平台工程部、产品工程部和信息安全部。' },
				{ id: 'operations', heading: T('运营线', 'Operations'), text: '运营线设销售部、客户服务部和供应链部。销售部下设北区和南区两个销售组。' },
				{ id: 'people', heading: T('人力资源线', 'People'), text: '人力资源线设招聘组和薪酬组。' },
				{ id: 'advice', heading: T('业务指导', 'Dotted-line advice'), text: '信息安全部对平台工程部和产品工程部提供业务指导；会计部对薪酬组提供业务指导；产品工程部对客户服务部提供业务指导。' }
			]
		}
	]
};
