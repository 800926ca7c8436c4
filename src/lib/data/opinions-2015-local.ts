import type { Citation, EdgeDef, NodeDef } from '#lib/model/types.js';
import {
	APPROVE_LABEL,
	between,
	edge,
	inferred,
	node,
	op,
	Q_APPROVE,
	Q_CLAUSE_6_GOES_ON,
	Q_DEMOCRATIC,
	Q_LOCAL,
	Q_LOCAL_DEADLINE,
	Q_LOCAL_SET_UP,
	Q_LOCAL_TOOK_OVER,
	Q_NAMEPLATE,
	Q_PARTY_LEADS,
	Q_PATTERN,
	Q_REVIEW,
	Q_SWD_GUIDES,
	Q_UPPER_GUIDES,
	Q_URGE,
	REVIEW_LABEL,
	sec,
	since,
	SOCIAL_WORK_2023,
	T,
	until,
	WORK_BODY_DUTIES
} from './opinions-2015-cites.js';
import { partyOrg } from './opinions-2015-party-orgs.js';

/** One local level of clause 6, with the day its social work department stands in the model and the report behind it. */
export interface Level {
	key: 'province' | 'prefecture' | 'county';
	zh: string;
	en: string;
	tier: number;
	/** A representative date from a named report; local reforms ran over months, so it is marked approximate. */
	socialWork: string;
	dateCite: Citation;
	dateNote: string;
}

const localReport = (quote: string, translation: string): Citation => sec('local-social-work', 'local-reforms', quote, translation);

export const LEVELS: Level[] = [
	{
		key: 'province',
		zh: '省级',
		en: 'Provincial',
		tier: 1,
		socialWork: '2024-03-27',
		dateCite: localReport('provinces had theirs by about March 2024 (Xinhua, as carried by 上观新闻 on 2024-03-27)', '各省约在2024年3月前组建完毕（新华社，上观新闻2024-03-27转载）'),
		dateNote: '约2024-03-27：据新华社（上观新闻2024-03-27转载），各省约在2024年3月前组建完毕，许多省份更早 / about 2024-03-27: by then every province had one (Xinhua via 上观新闻), many earlier'
	},
	{
		key: 'prefecture',
		zh: '地市级',
		en: 'Prefecture-level',
		tier: 2,
		socialWork: '2024-05-09',
		dateCite: localReport('prefectures through 2024 (e.g. 岳阳, unveiled 2024-05-09)', '地市在2024年内陆续组建（如岳阳，2024-05-09揭牌）'),
		dateNote: '约2024-05-09：地市在2024年内陆续组建，以岳阳市（2024-05-09揭牌）为例 / about 2024-05-09: prefectures through 2024, e.g. 岳阳 (unveiled 2024-05-09)'
	},
	{
		key: 'county',
		zh: '县级',
		en: 'County-level',
		tier: 3,
		socialWork: '2024-05-17',
		dateCite: localReport('counties through 2024 (e.g. 秀山 2024-05-17, 西华 2024-05-23, 株洲荷塘区 2024-06-11', '县级在2024年内陆续组建（如秀山2024-05-17、西华2024-05-23、株洲荷塘区2024-06-11'),
		dateNote: '约2024-05-17：县级在2024年内陆续组建，以秀山（2024-05-17）为例，另见西华2024-05-23、株洲荷塘区2024-06-11 / about 2024-05-17: counties through 2024, e.g. 秀山 (2024-05-17), 西华 2024-05-23, 株洲荷塘区 2024-06-11'
	}
];

const VERIFY = '须逐地核实 / verify per place';

function levelNodes(level: Level): NodeDef[] {
	const { key, zh, en, tier, socialWork, dateCite, dateNote } = level;
	const old = until(socialWork, true);
	const nodes = [
		node(`${key}-committee`, 'party-committee', T(`${zh}地方党委`, `${en} local Party committee`), [op('5', '县级以上地方党委'), Q_PARTY_LEADS, Q_DEMOCRATIC], { tier }),
		node(`${key}-organisation-dept`, 'department', T(`${zh}党委组织部门`, `${en} Party committee organisation department`), [op('5', '依托党委组织部门和民政部门'), op('notice', '组织部门牵头抓总')], { tier }),
		node(`${key}-civil-affairs`, 'department', T(`${zh}民政部门`, `${en} civil-affairs department`), [op('5', '依托党委组织部门和民政部门')], { tier }),
		node(`${key}-related-depts`, 'department', T(`${zh}有关部门`, `${en} other relevant departments`), [op('notice', '有关部门齐抓共管')], { tier }),
		node(`${key}-work-body`, 'work-body', T(`${zh}社会组织党建工作机构`, `${en} social-organisation Party-building work body`), [op('5', '建立社会组织党建工作机构'), op('6', Q_LOCAL), Q_LOCAL_TOOK_OVER, dateCite], {
			tier,
			duties: WORK_BODY_DUTIES,
			valid: old,
			attrs: { '终止日期 / end date': `${dateNote}；由${zh}党委社会工作部承接 / taken over by the social work department；${VERIFY}` }
		}),
		node(`${key}-non-public-work-body`, 'work-body', T(`${zh}非公有制企业党建工作机构`, `${en} non-public-enterprise Party-building work body`), [op('5', '已经建立非公有制企业党建工作机构的'), Q_SWD_GUIDES, dateCite], {
			tier,
			valid: old,
			attrs: { '终止日期 / end date': `${dateNote}；其工作归入社会工作部（推断） / its work went to the social work department (inferred)；${VERIFY}` }
		}),
		node(`${key}-social-work-dept`, 'department', T(`${zh}党委社会工作部`, `${en} Party committee social work department`), [dateCite, Q_LOCAL_SET_UP, Q_LOCAL_TOOK_OVER, Q_LOCAL_DEADLINE], {
			tier,
			valid: since(socialWork, true),
			attrs: { '起始日期 / start date': `${dateNote}；2023年方案要求2024年底前完成 / the 2023 plan set the end of 2024；${VERIFY}` }
		}),
		partyOrg(`${key}-so-party-orgs`, T(`${zh}归口管理的社会组织党组织`, `Party organisations in social organisations managed at ${en.replace('-level', '').toLowerCase()} level`), [op('6', Q_LOCAL)], {})
	];
	if (key === 'county')
		nodes.push(
			node('county-two-new-committee', 'work-body', T('县级非公有制经济组织和社会组织工作委员会（加挂于社会工作部）', 'County work committee for non-public economic and social organisations (second nameplate of the social work department)'), [Q_NAMEPLATE, dateCite], {
				tier,
				valid: since(socialWork, true),
				attrs: { '说明 / note': `许多县（并非全部）以加挂牌子的形式保留原两新工委 / many counties, not all, kept the former body as a second nameplate；${VERIFY}` }
			})
		);
	return nodes;
}

/** The relations of one level in the old structure (clause 5 and 6), valid until its social work department. */
function workBodyEdges({ key, socialWork }: Level): EdgeDef[] {
	const id = (part: string): string => `${key}-${part}`;
	const old = until(socialWork, true);
	const establish = op('5', '县级以上地方党委要依托党委组织部门和民政部门建立社会组织党建工作机构');
	const pattern = op('notice', Q_PATTERN);
	return [
		edge('establish', id('committee'), id('work-body'), [establish], { valid: old }),
		inferred('party-lead', id('committee'), id('work-body'), [Q_PARTY_LEADS, pattern], { valid: old }),
		inferred('party-lead', id('committee'), id('non-public-work-body'), [Q_PARTY_LEADS, pattern], { valid: old }),
		edge('rely-on', id('organisation-dept'), id('work-body'), [establish], { valid: old }),
		edge('rely-on', id('civil-affairs'), id('work-body'), [establish], { valid: old }),
		edge('guide', id('organisation-dept'), id('work-body'), [op('5', '党委组织部门对同级社会组织党建工作机构进行指导')], { valid: old }),
		inferred('take-lead', id('organisation-dept'), id('work-body'), [op('notice', '组织部门牵头抓总'), pattern], { valid: old }),
		edge('merge-with', id('non-public-work-body'), id('work-body'), [op('5', '可依托党委组织部门将其与社会组织党建工作机构整合为一个机构')], { valid: old }),
		edge('lead-manage', id('work-body'), id('so-party-orgs'), [op('6', Q_LOCAL)], { valid: old }),
		inferred('concrete-guide', id('work-body'), id('so-party-orgs'), [op('notice', '社会组织党建工作机构具体指导'), pattern], { valid: old }),
		edge('urge-guide', id('work-body'), id('so-party-orgs'), [Q_URGE], { valid: old }),
		edge('approve', id('work-body'), id('so-party-orgs'), [Q_APPROVE], { valid: old, label: APPROVE_LABEL }),
		edge('review', id('work-body'), 'social-orgs', [Q_REVIEW, Q_CLAUSE_6_GOES_ON], { valid: old, label: REVIEW_LABEL })
	];
}

/** The relations of one level's social work department, from its date. */
function socialWorkEdges({ key, socialWork, dateCite }: Level): EdgeDef[] {
	const id = (part: string): string => `${key}-${part}`;
	const swd = since(socialWork, true);
	const edges = [
		edge('establish', id('committee'), id('social-work-dept'), [Q_LOCAL_SET_UP, dateCite], { valid: swd }),
		inferred('party-lead', id('committee'), id('social-work-dept'), [Q_PARTY_LEADS, Q_LOCAL_SET_UP], { valid: swd }),
		edge('took-over', id('social-work-dept'), id('work-body'), [Q_LOCAL_TOOK_OVER, dateCite]),
		edge('lead-manage', id('social-work-dept'), id('so-party-orgs'), [Q_LOCAL_TOOK_OVER, op('6', Q_LOCAL)], { valid: swd })
	];
	if (key === 'county')
		return [
			...edges,
			edge('nameplate', id('social-work-dept'), 'county-two-new-committee', [Q_NAMEPLATE], { valid: swd }),
			edge('continues-as', id('work-body'), 'county-two-new-committee', [Q_NAMEPLATE]),
			edge('continues-as', id('non-public-work-body'), 'county-two-new-committee', [Q_NAMEPLATE])
		];
	return [...edges, inferred('took-over', id('social-work-dept'), id('non-public-work-body'), [Q_SWD_GUIDES, Q_LOCAL_TOOK_OVER])];
}

/** The vertical lines from the level above: Party committees always; work bodies, then social work departments. */
function linesFromAbove(level: Level, upper: Level | undefined): EdgeDef[] {
	const id = (part: string): string => `${level.key}-${part}`;
	const upperCommittee = upper ? `${upper.key}-committee` : 'party-central';
	const upperSocialWork = upper ? `${upper.key}-social-work-dept` : 'central-social-work';
	const upperDate = upper ? upper.socialWork : SOCIAL_WORK_2023;
	const readFrom = [Q_UPPER_GUIDES, Q_LOCAL_TOOK_OVER];
	return [
		edge('party-lead', upperCommittee, id('committee'), [Q_DEMOCRATIC]),
		...(upper ? [edge('guide', `${upper.key}-work-body`, id('work-body'), [Q_UPPER_GUIDES], { valid: until(upper.socialWork, true) })] : []),
		inferred('guide', upperSocialWork, id('work-body'), readFrom, { valid: between(upperDate, level.socialWork, upper ? ['from', 'to'] : ['to']) }),
		inferred('guide', upperSocialWork, id('social-work-dept'), readFrom, { valid: since(level.socialWork, true) })
	];
}

/** Every relation of one level. */
function levelEdges(level: Level, upper: Level | undefined): EdgeDef[] {
	const id = (part: string): string => `${level.key}-${part}`;
	const pattern = op('notice', Q_PATTERN);
	return [
		...['organisation-dept', 'civil-affairs', 'related-depts'].map((dept) => inferred('party-lead', id('committee'), id(dept), [Q_PARTY_LEADS, pattern])),
		inferred('joint-manage', id('related-depts'), id('so-party-orgs'), [op('notice', '有关部门齐抓共管'), pattern]),
		...workBodyEdges(level),
		...socialWorkEdges(level),
		...linesFromAbove(level, upper)
	];
}

/** The province, prefecture and county levels. */
export const localNodes: NodeDef[] = LEVELS.flatMap(levelNodes);
export const localEdges: EdgeDef[] = LEVELS.flatMap((level, i) => levelEdges(level, LEVELS[i - 1]));
