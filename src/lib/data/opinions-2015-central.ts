import type { Citation, EdgeDef, NodeDef } from '#lib/model/types.js';
import {
	APPROVE_LABEL,
	between,
	edge,
	inferred,
	MERGER_2018,
	node,
	op,
	OPINIONS_DATE,
	Q_APPROVE,
	Q_CLAUSE_6_GOES_ON,
	Q_DEMOCRATIC,
	Q_NATIONAL,
	Q_PARTY_LEADS,
	Q_PATTERN,
	Q_REVIEW,
	Q_SWD_GUIDES,
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

const BEFORE_MERGER = until(MERGER_2018);
const AFTER_MERGER = since(MERGER_2018);
const BEFORE_SWD = until(SOCIAL_WORK_2023);
const AFTER_SWD = since(SOCIAL_WORK_2023);

const Q_ISSUED = sec('opinions-outline', 'issued', '中办发〔2015〕51号, released 2015-09-28', '中办发〔2015〕51号，2015-09-28公布');
const Q_MERGER = sec(
	'reform-2018',
	'merger',
	'中央直属机关工委 and 中央国家机关工委 were merged into 中央和国家机关工作委员会',
	'中央直属机关工委和中央国家机关工委合并为中央和国家机关工作委员会'
);
const Q_REASSIGN = sec(
	'reform-2018',
	'reassignment',
	'were reassigned (划归) to 中央和国家机关工委 with their committees — not merged with each other',
	'随两个工委一并划归中央和国家机关工委——这些党组织彼此并未合并'
);
const Q_ASSOC = sec(
	'reform-2023',
	'social-work-department',
	'Party building of national industry associations and chambers of commerce moved to it from 中央和国家机关工委 and 国务院国资委党委',
	'全国性行业协会商会党的建设由中央和国家机关工委、国务院国资委党委划入中央社会工作部'
);
const Q_SASAC_MOVED = sec(
	'reform-2023',
	'associations',
	'It moves 「国务院国有资产监督管理委员会党委归口承担的全国性行业协会商会党的建设职责」 to 中央社会工作部',
	'方案将「国务院国有资产监督管理委员会党委归口承担的全国性行业协会商会党的建设职责」划入中央社会工作部'
);
const Q_SWD_LEADS = sec(
	'reform-2023',
	'associations',
	'which leads Party work in national industry associations and chambers of commerce (统一领导)',
	'中央社会工作部统一领导全国性行业协会商会党的工作'
);
const Q_SWD_SET_UP = sec('reform-2023', 'social-work-department', '中央社会工作部 (Central Social Work Department) was set up', '组建中央社会工作部');
const END_2018 = `${MERGER_2018}：2018年改革方案公布日 / publication date of the 2018 reform plan`;
const AT_2023 = `${SOCIAL_WORK_2023}：2023年改革方案公布日 / publication date of the 2023 reform plan`;

/** The issuing office, the document (with where the available text ends), and the Central Committee's line. */
const issuing: NodeDef[] = [
	node('general-office', 'issuer', T('中共中央办公厅', 'General Office of the CPC Central Committee'), [op('notice', '近日，中共中央办公厅印发了')], { tier: 0 }),
	node('opinions', 'document', T('《关于加强社会组织党的建设工作的意见（试行）》', 'Opinions on Strengthening Party Building in Social Organisations (Trial)'), [op('notice', '《关于加强社会组织党的建设工作的意见（试行）》全文如下'), Q_ISSUED, Q_CLAUSE_6_GOES_ON], {
		tier: 0,
		valid: since(OPINIONS_DATE),
		attrs: {
			'文号 / document number': '中办发〔2015〕51号（据二手资料） / per a secondary source',
			'现有文本 / available text': '通知至第6条；第6条在「审核社会组织负责人」处中断，第7条起未能取得 / the notice to clause 6; clause 6 breaks off at 「审核社会组织负责人」, clause 7 onward not available'
		}
	}),
	node('party-central', 'party-committee', T('中共中央', 'CPC Central Committee'), [op('4', '宣传和执行党中央、上级党组织和本组织的决议'), Q_DEMOCRATIC], { tier: 0 }),
	node('central-organisation-dept', 'department', T('中共中央组织部', 'Organisation Department of the CPC Central Committee'), [op('notice', '组织部门牵头抓总')], {
		tier: 0,
		attrs: { '说明 / note': '通知所说“组织部门牵头抓总”在中央一级的读法 / the notice’s 组织部门牵头抓总 read at the centre' }
	})
];

/** The central bodies of clause 6 and their successors after 2018 and 2023. */
const bodies: NodeDef[] = [
	node('cwc-direct', 'central-body', T('中央直属机关工委', 'Work Committee for Organs Directly under the CPC Central Committee'), [op('6', '中央直属机关工委'), Q_MERGER], { tier: 0, duties: WORK_BODY_DUTIES, valid: BEFORE_MERGER, attrs: { '终止日期 / end date': END_2018 } }),
	node('cwc-state', 'central-body', T('中央国家机关工委', 'Work Committee for Central State Organs'), [op('6', '中央国家机关工委'), Q_MERGER], { tier: 0, duties: WORK_BODY_DUTIES, valid: BEFORE_MERGER, attrs: { '终止日期 / end date': END_2018 } }),
	node('sasac-committee', 'central-body', T('国务院国资委党委', 'Party Committee of the State-owned Assets Supervision and Administration Commission (SASAC)'), [op('6', '国务院国资委党委'), Q_SASAC_MOVED], {
		tier: 0,
		duties: WORK_BODY_DUTIES,
		valid: BEFORE_SWD,
		attrs: {
			'终止日期 / end date': `${AT_2023}`,
			'说明 / note': '本图只画其归口的全国性社会组织党建职责：2023年该职责（全国性行业协会商会）划入中央社会工作部；国务院国资委党委本身继续存在 / the chart shows only its duty for national social organisations, which moved to the Central Social Work Department in 2023; the committee itself carries on'
		}
	}),
	node('cwc-central-state', 'central-body', T('中央和国家机关工作委员会', 'Central and State Organs Work Committee'), [Q_MERGER, Q_ASSOC], { tier: 0, valid: AFTER_MERGER, attrs: { '起始日期 / start date': END_2018 } }),
	node('central-social-work', 'central-body', T('中央社会工作部', 'Central Social Work Department'), [Q_SWD_SET_UP, Q_SWD_LEADS], { tier: 0, valid: AFTER_SWD, attrs: { '起始日期 / start date': AT_2023 } }),
	node('new-sectors', 'work-area', T('混合所有制企业和非公有制企业、新经济组织、新社会组织、新就业群体党建', 'Party building in mixed-ownership and non-public enterprises, new economic organisations, new social organisations and new employment groups'), [Q_SWD_GUIDES], { tier: 0, valid: AFTER_SWD })
];

/** The classes of Party organisations in national social organisations, one per central body and period. */
const nationalOrgs: NodeDef[] = [
	partyOrg('national-so-direct', T('全国性社会组织党组织（归口中央直属机关工委）', 'Party organisations in national social organisations (under the Work Committee for Organs Directly under the CPC Central Committee)'), [op('6', Q_NATIONAL)], { valid: BEFORE_MERGER }),
	partyOrg('national-so-state', T('全国性社会组织党组织（归口中央国家机关工委）', 'Party organisations in national social organisations (under the Work Committee for Central State Organs)'), [op('6', Q_NATIONAL)], { valid: BEFORE_MERGER }),
	partyOrg('national-so-sasac', T('全国性社会组织党组织（归口国务院国资委党委）', 'Party organisations in national social organisations (under the SASAC Party Committee)'), [op('6', Q_NATIONAL), Q_SASAC_MOVED], { valid: BEFORE_SWD }),
	partyOrg('national-so-central-state', T('全国性社会组织党组织（归口中央和国家机关工委）', 'Party organisations in national social organisations (under the Central and State Organs Work Committee)'), [Q_REASSIGN, op('6', Q_NATIONAL)], { valid: between(MERGER_2018, SOCIAL_WORK_2023) }),
	partyOrg('national-so-central-state-rest', T('全国性社会组织党组织（归口中央和国家机关工委，不含行业协会商会）', 'Party organisations in national social organisations other than industry associations and chambers of commerce (under the Central and State Organs Work Committee)'), [Q_ASSOC, Q_REASSIGN], {
		valid: AFTER_SWD,
		provenance: 'interpretive',
		attrs: { '说明 / note': '推断：2023年方案只划出行业协会商会，其余仍归口中央和国家机关工委 / inferred: the 2023 plan moved only the industry associations and chambers of commerce, so the rest stayed' }
	}),
	partyOrg('national-associations', T('全国性行业协会商会党组织（归口中央社会工作部）', 'Party organisations in national industry associations and chambers of commerce (under the Central Social Work Department)'), [Q_ASSOC, Q_SWD_LEADS], { valid: AFTER_SWD })
];

/** Clause 6's duties of one central body over its Party organisations: leads and manages, urges and guides, approves, reviews. */
function clause6Duties(body: string, orgs: string): EdgeDef[] {
	return [
		edge('lead-manage', body, orgs, [op('6', Q_NATIONAL)]),
		edge('urge-guide', body, orgs, [Q_URGE]),
		edge('approve', body, orgs, [Q_APPROVE], { label: APPROVE_LABEL }),
		edge('review', body, 'social-orgs', [Q_REVIEW, Q_CLAUSE_6_GOES_ON], { label: REVIEW_LABEL })
	];
}

const reassigned = (from: string, to: string, cites: Citation[], zh: string, en: string, interpretive = false): EdgeDef =>
	edge('reassigned', from, to, cites, { label: T(zh, en), ...(interpretive && { provenance: 'interpretive' as const }) });

const TOOK_OVER_ASSOC = T('承接全国性行业协会商会党建工作', 'took over Party building of national industry associations and chambers of commerce');

const centralEdges: EdgeDef[] = [
	edge('issue', 'general-office', 'opinions', [op('notice', '中共中央办公厅印发了《关于加强社会组织党的建设工作的意见（试行）》')], { valid: since(OPINIONS_DATE) }),
	inferred('party-lead', 'party-central', 'central-organisation-dept', [Q_PARTY_LEADS, op('notice', Q_PATTERN)]),
	...['cwc-direct', 'cwc-state', 'sasac-committee', 'cwc-central-state'].map((body) =>
		inferred('take-lead', 'central-organisation-dept', body, [op('notice', '组织部门牵头抓总'), op('notice', Q_PATTERN)])
	),
	...clause6Duties('cwc-direct', 'national-so-direct'),
	...clause6Duties('cwc-state', 'national-so-state'),
	...clause6Duties('sasac-committee', 'national-so-sasac'),
	edge('lead-manage', 'cwc-central-state', 'national-so-central-state', [Q_REASSIGN, Q_MERGER]),
	inferred('lead-manage', 'cwc-central-state', 'national-so-central-state-rest', [Q_ASSOC, Q_REASSIGN]),
	edge('lead-manage', 'central-social-work', 'national-associations', [Q_SWD_LEADS, Q_ASSOC]),
	edge('establish', 'party-central', 'central-social-work', [Q_SWD_SET_UP]),
	edge('merged-into', 'cwc-direct', 'cwc-central-state', [Q_MERGER]),
	edge('merged-into', 'cwc-state', 'cwc-central-state', [Q_MERGER]),
	reassigned('national-so-direct', 'national-so-central-state', [Q_REASSIGN], '随工委划归中央和国家机关工委', 'reassigned with its committee to the Central and State Organs Work Committee'),
	reassigned('national-so-state', 'national-so-central-state', [Q_REASSIGN], '随工委划归中央和国家机关工委', 'reassigned with its committee to the Central and State Organs Work Committee'),
	reassigned('national-so-sasac', 'national-associations', [Q_SASAC_MOVED, Q_ASSOC], '行业协会商会党建职责划入中央社会工作部', 'industry associations’ Party building moved to the Central Social Work Department'),
	reassigned('national-so-central-state', 'national-associations', [Q_ASSOC], '行业协会商会划入中央社会工作部', 'industry associations and chambers of commerce moved to the Central Social Work Department'),
	reassigned('national-so-central-state', 'national-so-central-state-rest', [Q_ASSOC], '其余仍归口中央和国家机关工委（推断）', 'the rest stayed with the Central and State Organs Work Committee (inferred)', true),
	edge('took-over', 'central-social-work', 'cwc-central-state', [Q_ASSOC], { label: TOOK_OVER_ASSOC }),
	edge('took-over', 'central-social-work', 'sasac-committee', [Q_SASAC_MOVED, Q_ASSOC], { label: TOOK_OVER_ASSOC }),
	edge('guide', 'central-social-work', 'new-sectors', [Q_SWD_GUIDES])
];

/** The centre: the issuing office, the document, the Central Committee and its bodies, and the national Party organisations. */
export const centralNodes: NodeDef[] = [...issuing, ...bodies, ...nationalOrgs];
export { centralEdges };
