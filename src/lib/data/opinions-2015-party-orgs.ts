import type { Attrs, Citation, Duty, EdgeDef, NodeDef, Text } from '#lib/model/types.js';
import { BRANCH_RULES_2018, edge, node, op, sec, since, T, type NodeExtra } from './opinions-2015-cites.js';

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
 * The thresholds every Party organisation carries whatever the date: the Party Constitution's, and
 * the common practice marked for checking. Those of the 2018 Branch Work Regulations sit on their
 * own dated node, so a view of 2016 does not show them.
 */
const THRESHOLDS: Attrs = {
	'正式党员满此数成立基层党组织 / primary organisation from full members': 3,
	'党总支党员数（常用做法） / general branch (党总支) members (common practice)': '50–100（待核实 / verify）',
	'基层党委党员数起点（常用做法） / primary committee (基层党委) members from (common practice)': '100（待核实 / verify）',
	'上述数字出处 / thresholds source': '出自党章和党内常用做法，非《意见》 / Party Constitution and common practice, not the Opinions'
};
const THRESHOLD_CITES: Citation[] = [
	sec('party-rules', 'constitution', 'a unit with 3 or more full Party members sets up a primary-level Party organisation', '有正式党员3人以上的单位，都应当成立党的基层组织'),
	sec('party-rules', 'common-practice', '50–100 members → general branch (党总支); 100 or more → primary committee (基层党委)', '党员50至100人设党总支；100人以上设基层党委')
];
const PARTY_ORG_CITE = op('3', '社会组织党组织是党在社会组织中的战斗堡垒，发挥政治核心作用');

/** A class of Party organisations in social organisations, with the duties and thresholds every one of them shares. */
export function partyOrg(id: string, label: Text, cites: Citation[], extra: NodeExtra): NodeDef {
	return node(id, 'so-party-org', label, [...cites, PARTY_ORG_CITE, ...THRESHOLD_CITES], {
		tier: 4,
		...extra,
		duties: PARTY_ORG_DUTIES,
		attrs: { ...THRESHOLDS, ...extra.attrs }
	});
}

const Q_BRANCH_RULES: Citation[] = [
	sec('party-rules', 'branch-regulations-2018', 'units with fewer than 3 full members may form a joint branch (联合党支部)', '正式党员不足3人的单位，可以与邻近、行业相近、规模适当的单位联合成立联合党支部'),
	sec('party-rules', 'branch-regulations-2018', 'generally covering no more than 5 units', '一般不超过5个单位'),
	sec('party-rules', 'branch-regulations-2018', 'a branch with 7 or more full members sets up a branch committee', '正式党员7人以上的党支部设立支部委员会'),
	sec('party-rules', 'branch-regulations-2018', 'a branch generally has no more than 50 members', '党支部党员人数一般不超过50人')
];

/** The 2018 Branch Work Regulations, with the thresholds they set, dated from 2018. */
export const branchRules: NodeDef = node(
	'branch-rules-2018',
	'document',
	T('《中国共产党支部工作条例（试行）》（2018）', 'Regulations on the Work of Party Branches (Trial), 2018'),
	Q_BRANCH_RULES,
	{
		tier: 0,
		valid: since(BRANCH_RULES_2018, true),
		attrs: {
			'正式党员不足此数的单位可建联合党支部 / joint branch where full members are fewer than': 3,
			'联合党支部一般不超过的单位数 / a joint branch generally covers at most (units)': 5,
			'正式党员满此数设支部委员会 / branch committee from (full members)': 7,
			'党支部党员一般不超过 / a branch generally has at most (members)': 50,
			'起始日期 / start date': `${BRANCH_RULES_2018}：资料只给出年份2018，取年末（其时条例必已施行）并标为“约” / the source gives only the year 2018; the model takes its last day, when the regulations were in force whatever their day, marked approximate`
		}
	}
);

/** The regulations apply to every class of Party organisation in social organisations, from 2018. */
export function branchRulesApply(partyOrgs: string[]): EdgeDef[] {
	return partyOrgs.map((id) => edge('applies-to', branchRules.id, id, [Q_BRANCH_RULES[0]], { valid: since(BRANCH_RULES_2018, true) }));
}
