import type { Clause, Source, Text } from '#lib/model/types.js';

/** A clause of a secondary source: the fact as the facts list states it, and our Chinese rendering of it. */
function clause(id: string, heading: [string, string], text: string, translation: string): Clause {
	return { id, heading: { zh: heading[0], en: heading[1] }, text, translation };
}

const T = (zh: string, en: string): Text => ({ zh, en });

/**
 * Sources other than the Opinions text. Each clause text is a fact as the project's facts list
 * states it, verbatim, so quotes can be checked like those from the primary text; `translation` is
 * the same fact in Chinese, so the Chinese page shows Chinese. Both are summaries, not the wording of
 * the documents they name, and the app says so wherever it shows them.
 */
export const secondarySources: Source[] = [
	{
		id: 'opinions-outline',
		title: T('《意见》第7条以后内容的二手概述', 'Secondary summaries of the Opinions from clause 7 onward'),
		kind: 'secondary',
		note: T(
			'据2015年评述、民政部2016年说明等二手资料概述，措辞未经官方全文核对。',
			'Summaries from 2015 commentaries, a 2016 Ministry of Civil Affairs explanatory note and similar sources; the wording has not been checked against an official full text.'
		),
		lang: 'en',
		clauses: [
			clause(
				'issued',
				['文号与印发日期', 'Document number and date'],
				'The Opinions: 中办发〔2015〕51号, released 2015-09-28',
				'《意见》：中办发〔2015〕51号，2015-09-28公布'
			),
			clause(
				'clause-6-continues',
				['第6条的下文', 'How clause 6 goes on'],
				'A 2023 county document citing it for 负责人人选审核 suggests clause 6 goes on 「…审核社会组织负责人人选」 (verify; the available text stops at 审核社会组织负责人).',
				'2023年一份县级文件援引《意见》谈负责人人选审核，表明第6条下文可能是「…审核社会组织负责人人选」（待核实；现有文本止于“审核社会组织负责人”）。'
			),
			clause(
				'section-3-outline',
				['第三部分结构', 'Outline of section III'],
				'Section 三 has three clauses: 5 健全工作机构, 6 理顺管理体系, 7 完善工作机制 (2015 commentaries\' outline).',
				'第三部分共三条：5 健全工作机构，6 理顺管理体系，7 完善工作机制（据2015年评述的提纲）。'
			),
			clause(
				'coverage',
				['按单位、行业、区域建立党组织', 'Building Party organisations by unit, industry and region'],
				'Section 四 (推进社会组织党的组织和党的工作有效覆盖) starts with building Party organisations by unit (按单位建立党组织), and also by industry and by region (按单位、行业、区域) where units are small.',
				'第四部分（推进社会组织党的组织和党的工作有效覆盖）首先是按单位建立党组织；单位规模小的，也可按行业、区域建立（按单位、行业、区域）。'
			),
			clause(
				'instructor',
				['党建工作指导员、联络员', 'Party-building instructors and liaison officers'],
				'Where a Party organisation cannot yet be formed, higher bodies may send a Party-building instructor (党建工作指导员) or liaison officer (联络员) to carry out Party work in the social organisation.',
				'暂不具备条件建立党组织的，上级可选派党建工作指导员或联络员，在社会组织中开展党的工作。'
			),
			clause(
				'registration',
				['登记和审批机关', 'Registration and approval authorities'],
				'Registration and approval authorities (登记和审批机关) are to urge newly founded social organisations that meet the conditions to set up a Party organisation at the same time (Ministry of Civil Affairs explanatory note, 2016, quoting the Opinions).',
				'登记和审批机关要督促新成立的、符合条件的社会组织同步建立党组织（民政部2016年说明，援引《意见》）。'
			),
			clause(
				'later-sections',
				['其后各部分', 'Later sections'],
				'Later sections cover the organisations\' activities, secretaries and Party-affairs workers (党务工作者), and basic resources (基础保障) — topics confirmed by the 2015 notice itself.',
				'其后各部分涉及党组织的活动、书记和党务工作者以及基础保障——这些主题已由2015年的通知本身印证。'
			)
		]
	},
	{
		id: 'party-rules',
		title: T('党章和《中国共产党支部工作条例（试行）》中的规定', 'Rules in the Party Constitution and the Branch Work Regulations (Trial)'),
		kind: 'secondary',
		note: T(
			'这些规定出自党的一般规定，并非出自《意见》；标明“待核实”的须核实。',
			'These rules come from general Party rules, not from the Opinions; those marked “verify” need checking.'
		),
		lang: 'en',
		clauses: [
			clause(
				'democratic-centralism',
				['党章：民主集中制', 'Party Constitution: democratic centralism'],
				'Party Constitution (democratic centralism): lower Party organisations obey higher ones, and all organisations obey the National Congress and the Central Committee — the basis for a 中共中央 → 省委 → 市委 → 县委 leadership line.',
				'党章（民主集中制）：下级组织服从上级组织，全党各个组织服从党的全国代表大会和中央委员会——这是中共中央 → 省委 → 市委 → 县委领导关系的依据。'
			),
			clause(
				'constitution',
				['党章：党的基层组织', 'Party Constitution: primary-level organisations'],
				'Party Constitution, chapter on primary-level organisations: a unit with 3 or more full Party members sets up a primary-level Party organisation (committee, general branch or branch, as the number of members and the work require, approved by the higher Party organisation).',
				'党章关于党的基层组织的一章：有正式党员3人以上的单位，都应当成立党的基层组织（根据工作需要和党员人数，经上级党组织批准，分别设立党的基层委员会、总支部委员会或支部委员会）。'
			),
			clause(
				'branch-regulations-2018',
				['《中国共产党支部工作条例（试行）》（2018）', 'Regulations on the Work of Party Branches (Trial), 2018'],
				'《中国共产党支部工作条例（试行）》 (2018): units with fewer than 3 full members may form a joint branch (联合党支部) with units that are near, in a similar line of work, and of suitable size, generally covering no more than 5 units; a branch with 7 or more full members sets up a branch committee; a branch generally has no more than 50 members.',
				'《中国共产党支部工作条例（试行）》（2018）：正式党员不足3人的单位，可以与邻近、行业相近、规模适当的单位联合成立联合党支部，一般不超过5个单位；正式党员7人以上的党支部设立支部委员会；党支部党员人数一般不超过50人。'
			),
			clause(
				'common-practice',
				['党总支、基层党委的常用门槛（待核实）', 'Common thresholds for general branches and primary committees (verify)'],
				'Commonly applied in Party primary-organisation regulations (verify for social organisations): 50–100 members → general branch (党总支); 100 or more → primary committee (基层党委).',
				'党的基层组织工作条例中的常用做法（用于社会组织须核实）：党员50至100人设党总支；100人以上设基层党委。'
			)
		]
	},
	{
		id: 'reform-2018',
		title: T('深化党和国家机构改革方案（2018）', 'Plan for Deepening the Reform of Party and State Institutions (2018)'),
		kind: 'secondary',
		date: '2018-03-21',
		note: T(
			'方案于2018-03-21公布；本模型以公布日作为变更日期。',
			'The plan was published on 2018-03-21; the model dates the change on the day of publication.'
		),
		lang: 'en',
		clauses: [
			clause(
				'merger',
				['中央和国家机关工作委员会的组建', 'Formation of the Central and State Organs Work Committee'],
				'2018 (深化党和国家机构改革方案): 中央直属机关工委 and 中央国家机关工委 were merged into 中央和国家机关工作委员会 (Central and State Organs Work Committee).',
				'2018年（深化党和国家机构改革方案）：中央直属机关工委和中央国家机关工委合并为中央和国家机关工作委员会。'
			),
			clause(
				'reassignment',
				['全国性社会组织党组织划归', 'National social organisations’ Party organisations reassigned'],
				'2018 plan: published 2018-03-21. The national social organisations\' Party organisations that had been under 中央直属机关工委 or 中央国家机关工委 were reassigned (划归) to 中央和国家机关工委 with their committees — not merged with each other.',
				'2018年方案：2018-03-21公布。原归口中央直属机关工委或中央国家机关工委的全国性社会组织党组织，随两个工委一并划归中央和国家机关工委——这些党组织彼此并未合并。'
			)
		]
	},
	{
		id: 'reform-2023',
		title: T('党和国家机构改革方案（2023）', 'Plan for the Reform of Party and State Institutions (2023)'),
		kind: 'secondary',
		date: '2023-03-16',
		note: T(
			'方案于2023-03-16公布；中央层面的变更以公布日为准。地方改革要求在2024年底前完成，各级地方社会工作部的日期见“地方社会工作部的组建”。',
			'The plan was published on 2023-03-16; changes at the centre are dated on that day. Local reforms were to be completed by the end of 2024; the dates of local social work departments are in “Local social work departments”.'
		),
		lang: 'en',
		clauses: [
			clause(
				'social-work-department',
				['中央社会工作部的组建', 'Formation of the Central Social Work Department'],
				'2023 (党和国家机构改革方案): 中央社会工作部 (Central Social Work Department) was set up. It guides Party building in mixed-ownership and non-public enterprises, new economic organisations, new social organisations and new employment groups; Party building of national industry associations and chambers of commerce moved to it from 中央和国家机关工委 and 国务院国资委党委. Local Party committees set up social work departments (社会工作部) at provincial, prefecture and county level, which took over the local social-organisation Party-building work bodies (verify the local details per province).',
				'2023年（党和国家机构改革方案）：组建中央社会工作部。它指导混合所有制企业和非公有制企业、新经济组织、新社会组织、新就业群体党的建设；全国性行业协会商会党的建设由中央和国家机关工委、国务院国资委党委划入中央社会工作部。地方党委在省、市、县三级组建社会工作部，承接地方社会组织党建工作机构的职责（地方情况须逐省核实）。'
			),
			clause(
				'associations',
				['全国性行业协会商会党建职责的划转', 'National industry associations’ Party building moved'],
				'2023 plan: published 2023-03-16. It moves 「国务院国有资产监督管理委员会党委归口承担的全国性行业协会商会党的建设职责」 to 中央社会工作部, which leads Party work in national industry associations and chambers of commerce (统一领导) and guides (指导) Party building in new social organisations. The plan set the end of 2024 for local reforms.',
				'2023年方案：2023-03-16公布。方案将「国务院国有资产监督管理委员会党委归口承担的全国性行业协会商会党的建设职责」划入中央社会工作部；中央社会工作部统一领导全国性行业协会商会党的工作，指导新社会组织党的建设。方案要求地方机构改革在2024年底前完成。'
			)
		]
	},
	{
		id: 'local-social-work',
		title: T('地方社会工作部的组建（新闻报道）', 'Local social work departments (news reports)'),
		kind: 'secondary',
		note: T(
			'据新华社（上观新闻2024-03-27转载）及各地揭牌报道；各地日期不一，本模型每级取一个有名可查的日期并标为“约”，须逐地核实。',
			'From Xinhua (as carried by 上观新闻 on 2024-03-27) and local reports of unveilings; dates vary by place, so the model takes one named date per level and marks it approximate; verify per place.'
		),
		lang: 'en',
		clauses: [
			clause(
				'local-reforms',
				['各级地方社会工作部的组建时间', 'When each level set up its social work department'],
				'Local 社会工作部, as reported: provinces had theirs by about March 2024 (Xinhua, as carried by 上观新闻 on 2024-03-27); prefectures through 2024 (e.g. 岳阳, unveiled 2024-05-09); counties through 2024 (e.g. 秀山 2024-05-17, 西华 2024-05-23, 株洲荷塘区 2024-06-11, its city\'s first at district level). A county\'s former 两新工委 could still issue documents in late 2023 (慈溪, 2023-09-28). Many county departments carry a second nameplate (加挂) 非公有制经济组织和社会组织工作委员会, so the old body continued as a nameplate rather than being abolished. Dates per place vary: verify.',
				'据报道，地方社会工作部：各省约在2024年3月前组建完毕（新华社，上观新闻2024-03-27转载）；地市在2024年内陆续组建（如岳阳，2024-05-09揭牌）；县级在2024年内陆续组建（如秀山2024-05-17、西华2024-05-23、株洲荷塘区2024-06-11，为该市首个区级社会工作部）。县级原两新工委在2023年下半年仍可发文（慈溪，2023-09-28）。许多县级社会工作部加挂非公有制经济组织和社会组织工作委员会牌子，原机构以加挂牌子的形式延续，而非撤销。各地日期不一，须核实。'
			)
		]
	},
	{
		id: 'statistics',
		title: T('统计数字', 'Statistics'),
		kind: 'secondary',
		note: T('数字来自各条所注的统计公报和报告。', 'Figures from the bulletins and reports each entry names.'),
		lang: 'en',
		clauses: [
			clause(
				'social-orgs-2022',
				['社会组织数量（2022年底）', 'Social organisations, end of 2022'],
				'Social organisations, end-2022: 891,300 (社会团体 370,100; 民办非企业单位 511,900; 基金会 9,319), from 《中国社会组织报告（2023）》.',
				'社会组织数量，2022年底：89.13万个（社会团体37.01万个；民办非企业单位51.19万个；基金会9319个），出自《中国社会组织报告（2023）》。'
			),
			clause(
				'party-orgs-2023',
				['社会组织基层党组织数量（2023年底）', 'Party organisations in social organisations, end of 2023'],
				'Party organisations in social organisations (社会组织基层党组织), end-2023: about 183,000 (Organisation Department statistical bulletin, June 2024); end-2021: about 171,000.',
				'社会组织基层党组织，2023年底：约18.3万个（中央组织部党内统计公报，2024年6月）；2021年底：约17.1万个。'
			)
		]
	}
];
