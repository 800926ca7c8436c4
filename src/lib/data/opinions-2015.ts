import type { Attrs, Citation, Dataset, Duty, EdgeDef, NodeDef, Text, Validity } from '#lib/model/types.js';
import { opinions2015Kinds } from './opinions-2015-kinds.js';
import { opinions2015Source } from './sources/opinions-2015-source.js';
import { secondarySources } from './sources/secondary-sources.js';

const OPINIONS = 'opinions-2015';
/** The 2018 reform plan's publication date: the day the two central work committees merged. */
export const MERGER_2018 = '2018-03-21';
/** The 2023 reform plan's publication date: the day the Central Social Work Department was set up. */
export const SOCIAL_WORK_2023 = '2023-03-16';

/** A citation of the Opinions text. */
const op = (clause: string, quote: string): Citation => ({ source: OPINIONS, clause, quote });
/** A citation of a secondary source. */
const sec = (source: string, clause: string, quote: string): Citation => ({ source, clause, quote });

const T = (zh: string, en: string): Text => ({ zh, en });

interface NodeExtra {
	tier?: number;
	duties?: Duty[];
	attrs?: Attrs;
	valid?: Validity;
}

/** A node whose provenance follows its first citation: the Opinions text, or a secondary source. */
function node(id: string, kind: string, label: Text, cites: Citation[], extra: NodeExtra = {}): NodeDef {
	return { id, kind, label, ...extra, cites, provenance: cites[0].source === OPINIONS ? 'primary' : 'secondary' };
}

/** An edge with an id derived from its ends and kind, so ids stay stable as the model grows. */
function edge(kind: string, from: string, to: string, cites: Citation[], extra: { valid?: Validity; label?: Text } = {}): EdgeDef {
	return {
		id: `${from}--${kind}--${to}`,
		kind,
		from,
		to,
		...extra,
		cites,
		provenance: cites[0].source === OPINIONS ? 'primary' : 'secondary'
	};
}

const BEFORE_MERGER: Validity = { to: MERGER_2018 };
const AFTER_MERGER: Validity = { from: MERGER_2018 };
const BEFORE_SWD: Validity = { to: SOCIAL_WORK_2023 };
const AFTER_SWD: Validity = { from: SOCIAL_WORK_2023 };

// Quotes used more than once.
const Q_NATIONAL = '全国性社会组织党建工作分别归口中央直属机关工委、中央国家机关工委、国务院国资委党委统一领导和管理';
const Q_LOCAL = '地方社会组织党建工作由省、市、县级社会组织党建工作机构统一领导和管理';
const Q_MERGER = sec('reform-2018', 'merger', '中央直属机关工委 and 中央国家机关工委 were merged into 中央和国家机关工作委员会');
const Q_ASSOC = sec(
	'reform-2023',
	'social-work-department',
	'Party building of national industry associations and chambers of commerce moved to it from 中央和国家机关工委 and 国务院国资委党委'
);
const Q_LOCAL_SWD = sec(
	'reform-2023',
	'social-work-department',
	'which took over the local social-organisation Party-building work bodies'
);
const Q_PARTY_LEADS = op('notice', '党委统一领导');

/** The work bodies' main duties in clause 6, as far as the available text goes. */
const WORK_BODY_DUTIES: Duty[] = [
	{
		text: T(
			'指导基层党组织建设、党员队伍建设、思想政治工作、党的群众工作和党风廉政建设',
			'Guide the building of primary-level Party organisations, the Party membership, ideological and political work, the Party\'s mass work, and Party conduct and integrity'
		),
		cite: op('6', '指导基层党组织建设、党员队伍建设、思想政治工作、党的群众工作和党风廉政建设')
	},
	{
		text: T(
			'督促指导所属社会组织党组织按期换届，审批选出的书记、副书记',
			'Urge and guide the Party organisations of their social organisations to hold elections on schedule, and approve the elected secretaries and deputy secretaries'
		),
		cite: op('6', '督促指导所属社会组织党组织按期换届，审批选出的书记、副书记')
	},
	{
		text: T(
			'审核社会组织负责人……（现有文本在此中断）',
			'Review the heads of social organisations … (the available text breaks off here)'
		),
		cite: op('6', '审核社会组织负责人')
	}
];

/** The six basic duties of a Party organisation in a social organisation, clause 4 (1)–(6). */
const PARTY_ORG_DUTIES: Duty[] = [
	['（1）保证政治方向', '(1) Ensure the political direction', '（1）保证政治方向。宣传和执行党的路线方针政策'],
	['（2）团结凝聚群众', '(2) Unite and rally the people', '（2）团结凝聚群众。做好思想政治工作'],
	['（3）推动事业发展', '(3) Promote the organisation\'s development', '（3）推动事业发展。激发从业人员工作热情和主人翁意识'],
	['（4）建设先进文化', '(4) Build an advanced culture', '（4）建设先进文化。坚持用社会主义核心价值观引领文化建设'],
	['（5）服务人才成长', '(5) Serve the growth of talent', '（5）服务人才成长。关心关爱人才'],
	['（6）加强自身建设', '(6) Strengthen itself', '（6）加强自身建设。创新组织设置，健全工作机制']
].map(([zh, en, quote]) => ({ text: T(zh, en), cite: op('4', quote) }));

/**
 * How many members make which kind of Party organisation. These come from general Party rules,
 * not from the Opinions; the last two are marked for checking, as the facts list asks.
 */
const THRESHOLDS: Attrs = {
	'正式党员满此数成立基层党组织 / primary organisation from full members': 3,
	'正式党员不足此数时联合建支部 / joint branch when full members fewer than': 3,
	'联合支部最多覆盖单位数 / joint branch covers at most units': 5,
	'正式党员满此数设支部委员会 / branch committee from full members': 7,
	'支部党员最多 / branch members at most': 50,
	'党总支党员数 / general branch (党总支) members': '50–100（待核实 / verify）',
	'基层党委党员数起点 / primary committee (基层党委) members from': '100（待核实 / verify）',
	'上述数字出处 / thresholds source': '出自党内规定，非《意见》 / Party rules, not the Opinions'
};
const THRESHOLD_CITES: Citation[] = [
	sec('party-rules', 'constitution', 'a unit with 3 or more full Party members sets up a primary-level Party organisation'),
	sec('party-rules', 'branch-regulations-2018', 'units with fewer than 3 full members may form a joint branch (联合党支部)'),
	sec('party-rules', 'branch-regulations-2018', 'generally covering no more than 5 units'),
	sec('party-rules', 'branch-regulations-2018', 'a branch with 7 or more full members sets up a branch committee'),
	sec('party-rules', 'branch-regulations-2018', 'a branch generally has no more than 50 members'),
	sec('party-rules', 'common-practice', '50–100 members → general branch (党总支); 100 or more → primary committee (基层党委)')
];
const PARTY_ORG_CITE = op('3', '社会组织党组织是党在社会组织中的战斗堡垒，发挥政治核心作用');

/** A class of Party organisations in social organisations, with the duties and thresholds every one of them shares. */
function partyOrg(id: string, label: Text, cites: Citation[], extra: NodeExtra): NodeDef {
	return node(id, 'so-party-org', label, [...cites, PARTY_ORG_CITE, ...THRESHOLD_CITES], {
		...extra,
		duties: PARTY_ORG_DUTIES,
		attrs: { ...THRESHOLDS, ...extra.attrs }
	});
}

// ——— The issuer and the document ———
const issuing: NodeDef[] = [
	node('general-office', 'issuer', T('中共中央办公厅', 'General Office of the CPC Central Committee'), [op('notice', '近日，中共中央办公厅印发了')], { tier: 0 }),
	node('opinions', 'document', T('《关于加强社会组织党的建设工作的意见（试行）》', 'Opinions on Strengthening Party Building in Social Organisations (Trial)'), [op('notice', '《关于加强社会组织党的建设工作的意见（试行）》全文如下')], { tier: 1, attrs: { '现有文本 / available text': '通知至第6条 / notice to clause 6' } })
];

// ——— Central bodies (clause 6) and the changes of 2018 and 2023 ———
const central: NodeDef[] = [
	node('cwc-direct', 'central-body', T('中央直属机关工委', 'Work Committee for Organs Directly under the CPC Central Committee'), [op('6', '中央直属机关工委'), Q_MERGER], {
		tier: 0,
		duties: WORK_BODY_DUTIES,
		valid: BEFORE_MERGER,
		attrs: { '终止日期 / end date': `${MERGER_2018}：2018年改革方案公布日 / publication date of the 2018 reform plan` }
	}),
	node('cwc-state', 'central-body', T('中央国家机关工委', 'Work Committee for Central State Organs'), [op('6', '中央国家机关工委'), Q_MERGER], {
		tier: 0,
		duties: WORK_BODY_DUTIES,
		valid: BEFORE_MERGER,
		attrs: { '终止日期 / end date': `${MERGER_2018}：2018年改革方案公布日 / publication date of the 2018 reform plan` }
	}),
	node('sasac-committee', 'central-body', T('国务院国资委党委', 'Party Committee of the State-owned Assets Supervision and Administration Commission (SASAC)'), [op('6', '国务院国资委党委')], {
		tier: 0,
		duties: WORK_BODY_DUTIES
	}),
	node('cwc-central-state', 'central-body', T('中央和国家机关工作委员会', 'Central and State Organs Work Committee'), [Q_MERGER, Q_ASSOC], {
		tier: 0,
		valid: AFTER_MERGER,
		attrs: { '起始日期 / start date': `${MERGER_2018}：2018年改革方案公布日 / publication date of the 2018 reform plan` }
	}),
	node('central-social-work', 'central-body', T('中央社会工作部', 'Central Social Work Department'), [sec('reform-2023', 'social-work-department', '中央社会工作部 (Central Social Work Department) was set up')], {
		tier: 0,
		valid: AFTER_SWD,
		attrs: { '起始日期 / start date': `${SOCIAL_WORK_2023}：2023年改革方案公布日 / publication date of the 2023 reform plan` }
	}),
	node('new-sectors', 'work-area', T('混合所有制企业和非公有制企业、新经济组织、新社会组织、新就业群体党建', 'Party building in mixed-ownership and non-public enterprises, new economic organisations, new social organisations and new employment groups'), [sec('reform-2023', 'social-work-department', 'It guides Party building in mixed-ownership and non-public enterprises, new economic organisations, new social organisations and new employment groups')], {
		tier: 1,
		valid: AFTER_SWD
	}),
	partyOrg('national-so-direct', T('全国性社会组织党组织（归口中央直属机关工委）', 'Party organisations in national social organisations (under the Work Committee for Organs Directly under the CPC Central Committee)'), [op('6', Q_NATIONAL)], { tier: 1, valid: BEFORE_MERGER }),
	partyOrg('national-so-state', T('全国性社会组织党组织（归口中央国家机关工委）', 'Party organisations in national social organisations (under the Work Committee for Central State Organs)'), [op('6', Q_NATIONAL)], { tier: 1, valid: BEFORE_MERGER }),
	partyOrg('national-so-sasac', T('全国性社会组织党组织（归口国务院国资委党委）', 'Party organisations in national social organisations (under the SASAC Party Committee)'), [op('6', Q_NATIONAL)], { tier: 1 }),
	partyOrg('national-so-central-state', T('全国性社会组织党组织（归口中央和国家机关工委）', 'Party organisations in national social organisations (under the Central and State Organs Work Committee)'), [Q_MERGER, op('6', Q_NATIONAL)], { tier: 1, valid: AFTER_MERGER }),
	partyOrg('national-associations', T('全国性行业协会商会党组织（归口中央社会工作部）', 'Party organisations in national industry associations and chambers of commerce (under the Central Social Work Department)'), [Q_ASSOC], { tier: 1, valid: AFTER_SWD })
];

const centralEdges: EdgeDef[] = [
	edge('issue', 'general-office', 'opinions', [op('notice', '中共中央办公厅印发了《关于加强社会组织党的建设工作的意见（试行）》')]),
	...(
		[
			['cwc-direct', 'national-so-direct', BEFORE_MERGER],
			['cwc-state', 'national-so-state', BEFORE_MERGER],
			['sasac-committee', 'national-so-sasac', undefined]
		] as const
	).flatMap(([from, to, valid]) => [
		edge('lead-manage', from, to, [op('6', Q_NATIONAL)], { valid }),
		edge('urge-guide', from, to, [op('6', '督促指导所属社会组织党组织按期换届')], { valid })
	]),
	edge('lead-manage', 'cwc-central-state', 'national-so-central-state', [Q_MERGER, Q_ASSOC], { valid: AFTER_MERGER }),
	edge('lead-manage', 'central-social-work', 'national-associations', [Q_ASSOC], { valid: AFTER_SWD }),
	edge('merged-into', 'cwc-direct', 'cwc-central-state', [Q_MERGER]),
	edge('merged-into', 'cwc-state', 'cwc-central-state', [Q_MERGER]),
	edge('merged-into', 'national-so-direct', 'national-so-central-state', [Q_MERGER]),
	edge('merged-into', 'national-so-state', 'national-so-central-state', [Q_MERGER]),
	edge('took-over', 'central-social-work', 'cwc-central-state', [Q_ASSOC], { valid: AFTER_SWD, label: T('承接全国性行业协会商会党建工作', 'took over Party building of national industry associations and chambers of commerce') }),
	edge('took-over', 'central-social-work', 'sasac-committee', [Q_ASSOC], { valid: AFTER_SWD, label: T('承接全国性行业协会商会党建工作', 'took over Party building of national industry associations and chambers of commerce') }),
	edge('guide', 'central-social-work', 'new-sectors', [sec('reform-2023', 'social-work-department', 'It guides Party building in mixed-ownership and non-public enterprises')], { valid: AFTER_SWD })
];

// ——— Local levels (clause 5, clause 6 and the notice's working pattern) ———
interface Level {
	key: 'province' | 'prefecture' | 'county';
	zh: string;
	en: string;
	depth: number;
}
const LEVELS: Level[] = [
	{ key: 'province', zh: '省级', en: 'Provincial', depth: 0 },
	{ key: 'prefecture', zh: '市级', en: 'Prefecture-level', depth: 1 },
	{ key: 'county', zh: '县级', en: 'County-level', depth: 2 }
];
const VERIFY_LOCAL = '须逐省核实 / verify per province';

function levelNodes({ key, zh, en, depth }: Level): NodeDef[] {
	const base = depth + 1;
	return [
		node(`${key}-committee`, 'party-committee', T(`${zh}地方党委`, `${en} local Party committee`), [op('5', '县级以上地方党委'), Q_PARTY_LEADS], { tier: base }),
		node(`${key}-organisation-dept`, 'department', T(`${zh}党委组织部门`, `${en} Party committee organisation department`), [op('5', '依托党委组织部门和民政部门'), op('notice', '组织部门牵头抓总')], { tier: base + 1 }),
		node(`${key}-civil-affairs`, 'department', T(`${zh}民政部门`, `${en} civil-affairs department`), [op('5', '依托党委组织部门和民政部门')], { tier: base + 1 }),
		node(`${key}-related-depts`, 'department', T(`${zh}有关部门`, `${en} other relevant departments`), [op('notice', '有关部门齐抓共管')], { tier: base + 1 }),
		node(`${key}-work-body`, 'work-body', T(`${zh}社会组织党建工作机构`, `${en} social-organisation Party-building work body`), [op('5', '建立社会组织党建工作机构'), op('6', Q_LOCAL), Q_LOCAL_SWD], {
			tier: base + 1,
			duties: WORK_BODY_DUTIES,
			valid: BEFORE_SWD,
			attrs: { '终止日期 / end date': `${SOCIAL_WORK_2023}：由地方党委社会工作部承接 / taken over by the local social work department；${VERIFY_LOCAL}` }
		}),
		node(`${key}-non-public-work-body`, 'work-body', T(`${zh}非公有制企业党建工作机构`, `${en} non-public-enterprise Party-building work body`), [op('5', '已经建立非公有制企业党建工作机构的')], { tier: base + 1 }),
		node(`${key}-social-work-dept`, 'department', T(`${zh}党委社会工作部`, `${en} Party committee social work department`), [sec('reform-2023', 'social-work-department', 'Local Party committees set up social work departments (社会工作部) at provincial, prefecture and county level'), Q_LOCAL_SWD], {
			tier: base + 1,
			valid: AFTER_SWD,
			attrs: { '起始日期 / start date': `${SOCIAL_WORK_2023}：本模型取改革方案公布日 / in this model (the plan's publication date)；${VERIFY_LOCAL}` }
		}),
		partyOrg(`${key}-so-party-orgs`, T(`${zh}归口管理的社会组织党组织`, `Party organisations in social organisations under the ${en.toLowerCase()} work body`), [op('6', Q_LOCAL)], { tier: base + 2 })
	];
}

function levelEdges({ key }: Level, upper: Level | undefined): EdgeDef[] {
	const id = (part: string): string => `${key}-${part}`;
	const establish = op('5', '县级以上地方党委要依托党委组织部门和民政部门建立社会组织党建工作机构');
	return [
		edge('party-lead', id('committee'), id('organisation-dept'), [Q_PARTY_LEADS]),
		edge('party-lead', id('committee'), id('civil-affairs'), [Q_PARTY_LEADS]),
		edge('party-lead', id('committee'), id('related-depts'), [Q_PARTY_LEADS]),
		edge('party-lead', id('committee'), id('work-body'), [Q_PARTY_LEADS], { valid: BEFORE_SWD }),
		edge('establish', id('committee'), id('work-body'), [establish], { valid: BEFORE_SWD }),
		edge('rely-on', id('organisation-dept'), id('work-body'), [establish], { valid: BEFORE_SWD }),
		edge('rely-on', id('civil-affairs'), id('work-body'), [establish], { valid: BEFORE_SWD }),
		edge('guide', id('organisation-dept'), id('work-body'), [op('5', '党委组织部门对同级社会组织党建工作机构进行指导')], { valid: BEFORE_SWD }),
		edge('take-lead', id('organisation-dept'), id('work-body'), [op('notice', '组织部门牵头抓总')], { valid: BEFORE_SWD }),
		edge('merge-with', id('non-public-work-body'), id('work-body'), [op('5', '可依托党委组织部门将其与社会组织党建工作机构整合为一个机构')], { valid: BEFORE_SWD }),
		edge('lead-manage', id('work-body'), id('so-party-orgs'), [op('6', Q_LOCAL)], { valid: BEFORE_SWD }),
		edge('concrete-guide', id('work-body'), id('so-party-orgs'), [op('notice', '社会组织党建工作机构具体指导')], { valid: BEFORE_SWD }),
		edge('urge-guide', id('work-body'), id('so-party-orgs'), [op('6', '督促指导所属社会组织党组织按期换届')], { valid: BEFORE_SWD }),
		edge('joint-manage', id('related-depts'), id('so-party-orgs'), [op('notice', '有关部门齐抓共管')]),
		...(upper
			? [edge('guide', `${upper.key}-work-body`, id('work-body'), [op('5', '上级社会组织党建工作机构对下级社会组织党建工作机构进行指导')], { valid: BEFORE_SWD })]
			: []),
		edge('establish', id('committee'), id('social-work-dept'), [sec('reform-2023', 'social-work-department', 'Local Party committees set up social work departments (社会工作部)')], { valid: AFTER_SWD }),
		edge('party-lead', id('committee'), id('social-work-dept'), [Q_PARTY_LEADS, Q_LOCAL_SWD], { valid: AFTER_SWD }),
		edge('took-over', id('social-work-dept'), id('work-body'), [Q_LOCAL_SWD]),
		edge('lead-manage', id('social-work-dept'), id('so-party-orgs'), [Q_LOCAL_SWD], { valid: AFTER_SWD })
	];
}

// ——— Social organisations (clause 1), the bodies a Party organisation leads (clause 4(6)), and clause 7+ summaries ———
const SO_TYPES: [string, string, string, number | undefined, string | undefined][] = [
	['social-groups', '社会团体', 'Social groups (associations)', 370100, '社会团体 370,100'],
	['private-non-enterprise', '民办非企业单位', 'Private non-enterprise units', 511900, '民办非企业单位 511,900'],
	['foundations', '基金会', 'Foundations', 9319, '基金会 9,319'],
	['intermediaries', '社会中介组织', 'Social intermediary organisations', undefined, undefined],
	['community-orgs', '城乡社区社会组织', 'Urban and rural community social organisations', undefined, undefined]
];
const Q_TYPES = op('1', '社会组织主要包括社会团体、民办非企业单位、基金会、社会中介组织以及城乡社区社会组织等');

const society: NodeDef[] = [
	node('social-orgs', 'social-org', T('社会组织', 'Social organisations'), [op('1', '社会组织主要包括'), sec('statistics', 'social-orgs-2022', 'Social organisations, end-2022: 891,300')], {
		tier: 6,
		attrs: { '2022年底数量 / count end-2022': 891300 }
	}),
	...SO_TYPES.map(([id, zh, en, count, quote]) =>
		node(id, 'social-org', T(zh, en), [op('1', zh), ...(quote ? [sec('statistics', 'social-orgs-2022', quote)] : [])], {
			tier: 7,
			...(count !== undefined && { attrs: { '2022年底数量 / count end-2022': count } })
		})
	),
	node('mass-orgs', 'mass-org', T('本单位工会、共青团、妇联等群团基层组织', 'The unit\'s trade union, Communist Youth League, Women\'s Federation and other mass-organisation units'), [op('4', '领导本单位工会、共青团、妇联等群团基层组织工作')], { tier: 6 }),
	node('instructors', 'role', T('党建工作指导员、联络员', 'Party-building instructors and liaison officers'), [sec('opinions-outline', 'instructor', 'higher bodies may send a Party-building instructor (党建工作指导员) or liaison officer (联络员)')], {
		tier: 5,
		attrs: { '说明 / note': '据第7条以后的二手概述，措辞未核实 / from secondary summaries of clause 7 onward; wording not verified' }
	}),
	node('registration-authorities', 'department', T('登记和审批机关', 'Registration and approval authorities'), [sec('opinions-outline', 'registration', 'Registration and approval authorities (登记和审批机关)')], {
		tier: 5,
		attrs: { '说明 / note': '民政部2016年说明 / Ministry of Civil Affairs explanatory note, 2016' }
	})
];

const PARTY_ORGS = [
	'national-so-direct',
	'national-so-state',
	'national-so-sasac',
	'national-so-central-state',
	'national-associations',
	...LEVELS.map((level) => `${level.key}-so-party-orgs`)
];

const societyEdges: EdgeDef[] = [
	...SO_TYPES.map(([id]) => edge('includes', 'social-orgs', id, [Q_TYPES])),
	...PARTY_ORGS.flatMap((id) => [
		edge('lead', id, 'mass-orgs', [op('4', '领导本单位工会、共青团、妇联等群团基层组织工作')]),
		edge('guide-supervise', id, 'social-orgs', [op('4', '引导监督社会组织依法执业、诚信从业')])
	]),
	edge('sends', 'county-work-body', 'instructors', [sec('opinions-outline', 'instructor', 'higher bodies may send a Party-building instructor (党建工作指导员) or liaison officer (联络员)')], { valid: BEFORE_SWD }),
	edge('party-work', 'instructors', 'social-orgs', [sec('opinions-outline', 'instructor', 'to carry out Party work in the social organisation')]),
	edge('urge', 'registration-authorities', 'social-orgs', [sec('opinions-outline', 'registration', 'are to urge newly founded social organisations that meet the conditions to set up a Party organisation at the same time')])
];

/**
 * The built-in model of the 2015 Opinions: one representative per level, the central bodies
 * with their 2018 and 2023 changes dated, every node and edge citing a clause verbatim.
 */
export const opinions2015: Dataset = {
	format: 'tiaokuai/1',
	id: 'opinions-2015',
	title: T('社会组织党建工作管理体制（2015年《意见》）', 'Party building in social organisations: the management system of the 2015 Opinions'),
	description: T(
		'依据《关于加强社会组织党的建设工作的意见（试行）》通知及第1—6条建模，每级取一个代表；2018年、2023年机构改革等据二手资料标注为“二手”，并注明日期。',
		'Modelled on the notice and clauses 1–6 of the Opinions on Strengthening Party Building in Social Organisations (Trial), one representative per level; the 2018 and 2023 institutional reforms and other facts from other sources are marked secondary and dated.'
	),
	kinds: opinions2015Kinds,
	nodes: [...issuing, ...central, ...LEVELS.flatMap(levelNodes), ...society],
	edges: [...centralEdges, ...LEVELS.flatMap((level, i) => levelEdges(level, LEVELS[i - 1])), ...societyEdges],
	sources: [opinions2015Source, ...secondarySources],
	views: [
		{
			id: 'as-of-2016',
			title: T('2016年：三个中央工委', '2016: three central work committees'),
			note: T('《意见》印发后的格局。', 'The structure after the Opinions were issued.'),
			state: { asOf: '2016-01-01', backbone: 'lead-manage', expanded: 'all' }
		},
		{
			id: 'as-of-2019',
			title: T('2019年：中央和国家机关工委', '2019: the Central and State Organs Work Committee'),
			note: T('2018年两个工委合并后。', 'After the two work committees merged in 2018.'),
			state: { asOf: '2019-01-01', backbone: 'lead-manage', expanded: 'all' }
		},
		{
			id: 'as-of-2024',
			title: T('2024年：社会工作部', '2024: social work departments'),
			note: T('2023年机构改革后（地方情况须逐省核实）。', 'After the 2023 reform (local details to be checked per province).'),
			state: { asOf: '2024-01-01', backbone: 'lead-manage', expanded: 'all' }
		},
		{
			id: 'tiao-kuai',
			title: T('条与块：指导与统一领导', 'Lines and blocks: guidance and unified leadership'),
			note: T('上级工作机构的指导（条）与同级党委的统一领导（块）。', 'Guidance from the work body one level up (tiao) and leadership by the same-level Party committee (kuai).'),
			state: { asOf: '2016-01-01', backbone: 'guide', layers: ['guide', 'party-lead', 'lead-manage'], focus: 'county-work-body', expanded: 'all' }
		}
	]
};
