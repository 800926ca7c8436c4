import type { Citation, EdgeDef, NodeDef, Provenance, Text, Validity } from '#lib/model/types.js';
import type { Attrs, Duty } from '#lib/model/types.js';

/** The id of the Opinions text among the dataset's sources. */
export const OPINIONS = 'opinions-2015';
/** The day the Opinions were released (中办发〔2015〕51号; a secondary source gives the date). */
export const OPINIONS_DATE = '2015-09-28';
/** The 2018 reform plan's publication date: the day the two central work committees merged. */
export const MERGER_2018 = '2018-03-21';
/** The 2023 reform plan's publication date: the day the Central Social Work Department was set up. */
export const SOCIAL_WORK_2023 = '2023-03-16';
/**
 * The 2018 Branch Work Regulations: the facts give only the year, so the model takes its last day,
 * marked approximate: the first day had drawn them in force through most of 2018, before they were
 * issued and before the March merger; by the year's end they were in force whatever the day.
 */
export const BRANCH_RULES_2018 = '2018-12-31';

export const T = (zh: string, en: string): Text => ({ zh, en });

/** A citation of the Opinions text. */
export const op = (clause: string, quote: string): Citation => ({ source: OPINIONS, clause, quote });

/** A citation of a secondary source: the quote from its text, and the same passage from its Chinese translation. */
export const sec = (source: string, clause: string, quote: string, translation: string): Citation => ({
	source,
	clause,
	quote,
	translation
});

/** Optional parts of a node. */
export interface NodeExtra {
	tier?: number;
	duties?: Duty[];
	attrs?: Attrs;
	valid?: Validity;
	/** Set for an inference; otherwise the provenance follows the first citation. */
	provenance?: Provenance;
}

/** Primary when the first citation is the Opinions text, secondary otherwise, unless told. */
const provenanceOf = (cites: Citation[], told?: Provenance): Provenance =>
	told ?? (cites[0].source === OPINIONS ? 'primary' : 'secondary');

/** A node whose provenance follows its first citation unless `extra.provenance` says otherwise. */
export function node(id: string, kind: string, label: Text, cites: Citation[], extra: NodeExtra = {}): NodeDef {
	const { provenance, ...rest } = extra;
	return { id, kind, label, ...rest, cites, provenance: provenanceOf(cites, provenance) };
}

/** Optional parts of an edge. */
export interface EdgeExtra {
	valid?: Validity;
	label?: Text;
	provenance?: Provenance;
}

/** An edge with an id derived from its ends and kind, so ids stay stable as the model grows. */
export function edge(kind: string, from: string, to: string, cites: Citation[], extra: EdgeExtra = {}): EdgeDef {
	const { provenance, ...rest } = extra;
	return { id: `${from}--${kind}--${to}`, kind, from, to, ...rest, cites, provenance: provenanceOf(cites, provenance) };
}

/** An edge read out of a text rather than stated by it. */
export const inferred = (kind: string, from: string, to: string, cites: Citation[], extra: EdgeExtra = {}): EdgeDef =>
	edge(kind, from, to, cites, { ...extra, provenance: 'interpretive' });

/** Valid until `to` (exclusive), the date marked approximate when it is a representative one. */
export const until = (to: string, approximate = false): Validity => ({ to, ...(approximate && { approximate: ['to'] }) });
/** Valid from `from`, the date marked approximate when it is a representative one. */
export const since = (from: string, approximate = false): Validity => ({ from, ...(approximate && { approximate: ['from'] }) });
/** Valid from `from` until `to`, either end marked approximate as asked. */
export const between = (from: string, to: string, approximate: ('from' | 'to')[] = []): Validity => ({
	from,
	to,
	...(approximate.length > 0 && { approximate })
});

// ——— Quotes used in more than one file ———
export const Q_NATIONAL = '全国性社会组织党建工作分别归口中央直属机关工委、中央国家机关工委、国务院国资委党委统一领导和管理';
export const Q_LOCAL = '地方社会组织党建工作由省、市、县级社会组织党建工作机构统一领导和管理';
/** The notice's working pattern; every pairwise relation read out of it is an inference. */
export const Q_PATTERN = '形成党委统一领导、组织部门牵头抓总、社会组织党建工作机构具体指导、有关部门齐抓共管的工作格局';
export const Q_PARTY_LEADS = op('notice', '党委统一领导');
export const Q_URGE = op('6', '督促指导所属社会组织党组织按期换届');
export const Q_APPROVE = op('6', '督促指导所属社会组织党组织按期换届，审批选出的书记、副书记');
export const Q_REVIEW = op('6', '审核社会组织负责人');
export const Q_DEMOCRATIC = sec(
	'party-rules',
	'democratic-centralism',
	'lower Party organisations obey higher ones, and all organisations obey the National Congress and the Central Committee',
	'下级组织服从上级组织，全党各个组织服从党的全国代表大会和中央委员会'
);
export const Q_CLAUSE_6_GOES_ON = sec(
	'opinions-outline',
	'clause-6-continues',
	'suggests clause 6 goes on 「…审核社会组织负责人人选」 (verify; the available text stops at 审核社会组织负责人)',
	'表明第6条下文可能是「…审核社会组织负责人人选」（待核实；现有文本止于“审核社会组织负责人”）'
);
export const Q_LOCAL_SET_UP = sec(
	'reform-2023',
	'social-work-department',
	'Local Party committees set up social work departments (社会工作部) at provincial, prefecture and county level',
	'地方党委在省、市、县三级组建社会工作部'
);
export const Q_LOCAL_TOOK_OVER = sec(
	'reform-2023',
	'social-work-department',
	'which took over the local social-organisation Party-building work bodies',
	'承接地方社会组织党建工作机构的职责'
);
export const Q_SWD_GUIDES = sec(
	'reform-2023',
	'social-work-department',
	'It guides Party building in mixed-ownership and non-public enterprises, new economic organisations, new social organisations and new employment groups',
	'它指导混合所有制企业和非公有制企业、新经济组织、新社会组织、新就业群体党的建设'
);
export const Q_LOCAL_DEADLINE = sec('reform-2023', 'associations', 'The plan set the end of 2024 for local reforms.', '方案要求地方机构改革在2024年底前完成。');
export const Q_NAMEPLATE = sec(
	'local-social-work',
	'local-reforms',
	'Many county departments carry a second nameplate (加挂) 非公有制经济组织和社会组织工作委员会, so the old body continued as a nameplate rather than being abolished.',
	'许多县级社会工作部加挂非公有制经济组织和社会组织工作委员会牌子，原机构以加挂牌子的形式延续，而非撤销。'
);
export const Q_UPPER_GUIDES = op('5', '上级社会组织党建工作机构对下级社会组织党建工作机构进行指导');

/** The work bodies' main duties in clause 6, as far as the available text goes. */
export const WORK_BODY_DUTIES: Duty[] = [
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
		cite: Q_APPROVE
	},
	{
		text: T('审核社会组织负责人……（现有文本在此中断）', 'Review the heads of social organisations … (the available text breaks off here)'),
		cite: Q_REVIEW
	}
];

/** The label every 审核 relation carries: the text breaks off in the middle of this duty. */
export const REVIEW_LABEL = T('审核社会组织负责人（现有文本在此中断）', 'reviews the heads of social organisations (the available text breaks off here)');
/** The label every 审批 relation carries. */
export const APPROVE_LABEL = T('审批选出的书记、副书记', 'approves the elected secretaries and deputy secretaries');
