import type { EdgeDef, NodeDef } from '#lib/model/types.js';
import { edge, inferred, node, op, sec, since, T, until } from './opinions-2015-cites.js';
import { LEVELS } from './opinions-2015-local.js';
import { branchRules, branchRulesApply } from './opinions-2015-party-orgs.js';

const SO_TYPES: [string, string, string, number | undefined, [string, string] | undefined][] = [
	['social-groups', '社会团体', 'Social groups (associations)', 370100, ['社会团体 370,100', '社会团体37.01万个']],
	['private-non-enterprise', '民办非企业单位', 'Private non-enterprise units', 511900, ['民办非企业单位 511,900', '民办非企业单位51.19万个']],
	['foundations', '基金会', 'Foundations', 9319, ['基金会 9,319', '基金会9319个']],
	['intermediaries', '社会中介组织', 'Social intermediary organisations', undefined, undefined],
	['community-orgs', '城乡社区社会组织', 'Urban and rural community social organisations', undefined, undefined]
];
const Q_TYPES = op('1', '社会组织主要包括社会团体、民办非企业单位、基金会、社会中介组织以及城乡社区社会组织等');
const Q_INSTRUCTOR = sec('opinions-outline', 'instructor', 'higher bodies may send a Party-building instructor (党建工作指导员) or liaison officer (联络员)', '上级可选派党建工作指导员或联络员');
const Q_MASS = op('4', '领导本单位工会、共青团、妇联等群团基层组织工作');
const COUNT = '2022年底数量 / count end-2022';

/** Social organisations (clause 1), the bodies a Party organisation leads (clause 4(6)), and clause 7+ summaries. */
export const societyNodes: NodeDef[] = [
	node('social-orgs', 'social-org', T('社会组织', 'Social organisations'), [op('1', '社会组织主要包括'), sec('statistics', 'social-orgs-2022', 'Social organisations, end-2022: 891,300', '社会组织数量，2022年底：89.13万个')], {
		tier: 5,
		attrs: { [COUNT]: 891300 }
	}),
	...SO_TYPES.map(([id, zh, en, count, quote]) =>
		node(id, 'social-org', T(zh, en), [op('1', zh), ...(quote ? [sec('statistics', 'social-orgs-2022', ...quote)] : [])], {
			tier: 5,
			...(count !== undefined && { attrs: { [COUNT]: count } })
		})
	),
	node('mass-orgs', 'mass-org', T('本单位工会、共青团、妇联等群团基层组织', 'The unit\'s trade union, Communist Youth League, Women\'s Federation and other mass-organisation units'), [Q_MASS], { tier: 4 }),
	node('instructors', 'role', T('党建工作指导员、联络员', 'Party-building instructors and liaison officers'), [Q_INSTRUCTOR], {
		tier: 4,
		attrs: {
			'说明 / note': '据第7条以后的二手概述，措辞未核实；资料只说“上级”选派，由县级选派是本图的推断 / from secondary summaries of clause 7 onward; the source says “higher bodies”, the county as sender is this chart’s inference'
		}
	}),
	node('registration-authorities', 'department', T('登记和审批机关', 'Registration and approval authorities'), [sec('opinions-outline', 'registration', 'Registration and approval authorities (登记和审批机关)', '登记和审批机关')], {
		attrs: { '说明 / note': '民政部2016年说明 / Ministry of Civil Affairs explanatory note, 2016' }
	}),
	branchRules
];

/** Every class of Party organisation in social organisations. */
export const PARTY_ORGS = [
	'national-so-direct',
	'national-so-state',
	'national-so-sasac',
	'national-so-central-state',
	'national-so-central-state-rest',
	'national-associations',
	...LEVELS.map((level) => `${level.key}-so-party-orgs`)
];

const county = LEVELS.find((level) => level.key === 'county')!;

export const societyEdges: EdgeDef[] = [
	...SO_TYPES.map(([id]) => edge('includes', 'social-orgs', id, [Q_TYPES])),
	...PARTY_ORGS.flatMap((id) => [
		edge('lead', id, 'mass-orgs', [Q_MASS]),
		edge('guide-supervise', id, 'social-orgs', [op('4', '引导监督社会组织依法执业、诚信从业')])
	]),
	...branchRulesApply(PARTY_ORGS),
	// The summary says "higher bodies"; the county is this chart's reading of which one.
	inferred('sends', 'county-work-body', 'instructors', [Q_INSTRUCTOR], { valid: until(county.socialWork, true) }),
	inferred('sends', 'county-social-work-dept', 'instructors', [Q_INSTRUCTOR], { valid: since(county.socialWork, true) }),
	edge('party-work', 'instructors', 'social-orgs', [sec('opinions-outline', 'instructor', 'to carry out Party work in the social organisation', '在社会组织中开展党的工作')]),
	edge('urge', 'registration-authorities', 'social-orgs', [
		sec('opinions-outline', 'registration', 'are to urge newly founded social organisations that meet the conditions to set up a Party organisation at the same time', '要督促新成立的、符合条件的社会组织同步建立党组织')
	])
];
