import type { EdgeKind, Kinds, LineStyle, NodeKind, NodeShape } from '#lib/model/types.js';
import { ADMIN_TIERS } from '#lib/model/tier-name.js';

function nodeKind(
	id: string,
	zh: string,
	en: string,
	tier: number | undefined,
	color: string,
	shape: NodeShape,
	description: [string, string]
): NodeKind {
	return {
		id,
		label: { zh, en },
		...(tier !== undefined && { tier }),
		color,
		shape,
		description: { zh: description[0], en: description[1] }
	};
}

function edgeKind(
	id: string,
	label: [string, string],
	verb: [string, string],
	style: LineStyle,
	color: string,
	hierarchical: boolean,
	backbone = false
): EdgeKind {
	return {
		id,
		label: { zh: label[0], en: label[1] },
		verb: { zh: verb[0], en: verb[1] },
		style,
		color,
		backbone,
		hierarchical
	};
}

/**
 * The kinds of the Opinions model. Fills use the Okabe–Ito palette (safe for the common forms of
 * colour blindness; every fill takes black or white text at 4.5:1 or better); line colours are
 * darker variants so thin strokes stay visible on a projector and in greyscale print. Four line
 * styles cannot tell 25 relation kinds apart, so kinds that share a style (领导, 党委统一领导,
 * 印发 are all solid) differ in colour and in the verb every line carries as its label, which is
 * what still tells them apart in greyscale.
 */
export const opinions2015Kinds: Kinds = {
	nodes: [
		nodeKind('issuer', '发文机关', 'Issuing office', 0, '#4D4D4D', 'hexagon', [
			'印发《意见》的机关。',
			'The office that issued the Opinions.'
		]),
		nodeKind('document', '文件', 'Document', 0, '#7A7A7A', 'rect', ['被印发的文件。', 'A document that was issued.']),
		nodeKind('central-body', '中央工作机关', 'Central work body', 0, '#0072B2', 'hexagon', [
			'统一领导和管理全国性社会组织党建工作的中央机关。',
			'Central bodies that lead and manage Party building in national social organisations.'
		]),
		nodeKind('party-committee', '党委', 'Party committee', undefined, '#D55E00', 'hexagon', [
			'中共中央和县级以上地方党委：统一领导本地区社会组织党建工作。',
			'The Central Committee and the Party committees at county level and above: they lead social-organisation Party building in their area.'
		]),
		nodeKind('department', '部门', 'Department', undefined, '#E69F00', 'rect', [
			'党委工作部门和政府部门，如组织部门、民政部门。',
			'Departments of the Party committee or the government, such as the organisation and civil-affairs departments.'
		]),
		nodeKind('work-body', '党建工作机构', 'Party-building work body', undefined, '#009E73', 'rounded', [
			'社会组织党建工作机构和非公有制企业党建工作机构。',
			'Work bodies for Party building in social organisations and in non-public enterprises.'
		]),
		nodeKind('work-area', '工作领域', 'Field of work', 0, '#44AA99', 'rounded', [
			'一类党建工作，而非一个机构。',
			'A field of Party-building work rather than a single body.'
		]),
		nodeKind('so-party-org', '社会组织党组织', 'Party organisation in a social organisation', 4, '#CC79A7', 'ellipse', [
			'党在社会组织中的战斗堡垒（第3、4条）；每个节点代表一类。',
			'The Party\'s fighting bastion in a social organisation (clauses 3–4); each node stands for a class of them.'
		]),
		nodeKind('role', '人员', 'Role', 4, '#882255', 'rounded', [
			'由上级选派的人员。',
			'People sent by a higher body.'
		]),
		nodeKind('mass-org', '群团基层组织', 'Mass organisation unit', 4, '#56B4E9', 'pill', [
			'本单位工会、共青团、妇联等群团基层组织。',
			'The unit\'s trade union, Youth League, Women\'s Federation and similar grassroots bodies.'
		]),
		nodeKind('social-org', '社会组织', 'Social organisation', 5, '#F0E442', 'pill', [
			'第1条所列的社会组织类别。',
			'The kinds of social organisation listed in clause 1.'
		])
	],
	edges: [
		edgeKind('lead-manage', ['统一领导和管理', 'Leadership and management'], ['统一领导和管理', 'leads and manages'], 'solid', '#000000', true, true),
		edgeKind('party-lead', ['党委统一领导', 'Unified Party-committee leadership'], ['统一领导', 'leads'], 'solid', '#B34700', true),
		edgeKind('guide', ['指导', 'Guidance'], ['指导', 'guides'], 'dashed', '#0072B2', true),
		edgeKind('concrete-guide', ['具体指导', 'Specific guidance'], ['具体指导', 'gives specific guidance to'], 'dashed', '#117733', true),
		edgeKind('urge-guide', ['督促指导', 'Urging and guidance'], ['督促指导', 'urges and guides'], 'dashed', '#AA4499', true),
		edgeKind('lead', ['领导', 'Leadership'], ['领导', 'leads'], 'solid', '#007A5A', true),
		edgeKind('establish', ['建立', 'Establishment'], ['建立', 'establishes'], 'solid', '#332288', true),
		edgeKind('includes', ['包括', 'Inclusion'], ['包括', 'includes'], 'dotted', '#6B6B6B', true),
		edgeKind('sends', ['选派', 'Secondment'], ['选派', 'sends'], 'dotted', '#2F7F73', true),
		edgeKind('rely-on', ['依托', 'Reliance'], ['被依托', 'is relied on by'], 'dotted', '#8F5F00', false),
		edgeKind('take-lead', ['牵头抓总', 'Overall lead'], ['牵头抓总', 'takes the overall lead for'], 'double', '#882255', false),
		edgeKind('joint-manage', ['齐抓共管', 'Joint management'], ['齐抓共管', 'jointly manages'], 'dotted', '#3A7FAE', false),
		edgeKind('guide-supervise', ['引导监督', 'Guidance and supervision'], ['引导监督', 'guides and supervises'], 'dashed', '#A8558A', false),
		edgeKind('merge-with', ['整合', 'Possible merger'], ['可整合为一个机构', 'may be merged with'], 'dotted', '#555555', false),
		edgeKind('issue', ['印发', 'Issuance'], ['印发', 'issues'], 'solid', '#4D4D4D', false),
		edgeKind('party-work', ['开展党的工作', 'Party work'], ['开展党的工作', 'carries out Party work in'], 'dashed', '#5E3A6E', false),
		edgeKind('urge', ['督促', 'Oversight'], ['督促', 'urges'], 'dotted', '#7A7A29', false),
		edgeKind('merged-into', ['合并为', 'Merger'], ['合并为', 'merged into'], 'double', '#555555', false),
		edgeKind('took-over', ['承接', 'Taking over'], ['承接', 'took over from'], 'double', '#8C510A', false),
		edgeKind('approve', ['审批', 'Approval'], ['审批', 'approves'], 'dashed', '#6A3D9A', true),
		edgeKind('review', ['审核', 'Review'], ['审核', 'reviews'], 'dotted', '#8B4513', false),
		edgeKind('reassigned', ['划归', 'Reassignment'], ['划归', 'reassigned to'], 'double', '#3B5E7C', false),
		edgeKind('nameplate', ['加挂牌子', 'Second nameplate'], ['加挂', 'carries the nameplate of'], 'solid', '#5B4A00', true),
		edgeKind('continues-as', ['以加挂牌子延续', 'Continues as a nameplate'], ['延续为', 'continues as'], 'double', '#6B5B2E', false),
		edgeKind('applies-to', ['适用', 'Applies'], ['适用于', 'applies to'], 'dotted', '#4A5A6A', false)
	],
	tiers: ADMIN_TIERS
};
