import type { Source } from '#lib/model/types.js';

/**
 * Sources other than the Opinions text. Each clause text is a fact as the project's facts list
 * states it, verbatim, so quotes can be checked like those from the primary text.
 */
export const secondarySources: Source[] = [
	{
		"id": "opinions-outline",
		"title": {
			"zh": "《意见》第7条以后内容的二手概述",
			"en": "Secondary summaries of the Opinions from clause 7 onward"
		},
		"kind": "secondary",
		"note": {
			"zh": "据2015年评述、民政部2016年说明等二手资料概述，措辞未经官方全文核对。",
			"en": "Summaries from 2015 commentaries, a 2016 Ministry of Civil Affairs explanatory note and similar sources; the wording has not been checked against an official full text."
		},
		"lang": "en",
		"clauses": [
			{
				"id": "section-3-outline",
				"heading": {
					"zh": "第三部分结构",
					"en": "Outline of section III"
				},
				"text": "Section 三 has three clauses: 5 健全工作机构, 6 理顺管理体系, 7 完善工作机制 (2015 commentaries' outline)."
			},
			{
				"id": "coverage",
				"heading": {
					"zh": "按单位、行业、区域建立党组织",
					"en": "Building Party organisations by unit, industry and region"
				},
				"text": "Section 四 (推进社会组织党的组织和党的工作有效覆盖) starts with building Party organisations by unit (按单位建立党组织), and also by industry and by region (按单位、行业、区域) where units are small."
			},
			{
				"id": "instructor",
				"heading": {
					"zh": "党建工作指导员、联络员",
					"en": "Party-building instructors and liaison officers"
				},
				"text": "Where a Party organisation cannot yet be formed, higher bodies may send a Party-building instructor (党建工作指导员) or liaison officer (联络员) to carry out Party work in the social organisation."
			},
			{
				"id": "registration",
				"heading": {
					"zh": "登记和审批机关",
					"en": "Registration and approval authorities"
				},
				"text": "Registration and approval authorities (登记和审批机关) are to urge newly founded social organisations that meet the conditions to set up a Party organisation at the same time (Ministry of Civil Affairs explanatory note, 2016, quoting the Opinions)."
			},
			{
				"id": "later-sections",
				"heading": {
					"zh": "其后各部分",
					"en": "Later sections"
				},
				"text": "Later sections cover the organisations' activities, secretaries and Party-affairs workers (党务工作者), and basic resources (基础保障) — topics confirmed by the 2015 notice itself."
			}
		]
	},
	{
		"id": "party-rules",
		"title": {
			"zh": "党章和《中国共产党支部工作条例（试行）》中的组织设置规定",
			"en": "Organisation thresholds in the Party Constitution and the Branch Work Regulations (Trial)"
		},
		"kind": "secondary",
		"note": {
			"zh": "这些门槛出自党的一般规定，并非出自《意见》；标明“verify”的须核实。",
			"en": "These thresholds come from general Party rules, not from the Opinions; those marked “verify” need checking."
		},
		"lang": "en",
		"clauses": [
			{
				"id": "constitution",
				"heading": {
					"zh": "党章：党的基层组织",
					"en": "Party Constitution: primary-level organisations"
				},
				"text": "Party Constitution, chapter on primary-level organisations: a unit with 3 or more full Party members sets up a primary-level Party organisation (committee, general branch or branch, as the number of members and the work require, approved by the higher Party organisation)."
			},
			{
				"id": "branch-regulations-2018",
				"heading": {
					"zh": "《中国共产党支部工作条例（试行）》（2018）",
					"en": "Regulations on the Work of Party Branches (Trial), 2018"
				},
				"text": "《中国共产党支部工作条例（试行）》 (2018): units with fewer than 3 full members may form a joint branch (联合党支部) with units that are near, in a similar line of work, and of suitable size, generally covering no more than 5 units; a branch with 7 or more full members sets up a branch committee; a branch generally has no more than 50 members."
			},
			{
				"id": "common-practice",
				"heading": {
					"zh": "党总支、基层党委的常用门槛（待核实）",
					"en": "Common thresholds for general branches and primary committees (verify)"
				},
				"text": "Commonly applied in Party primary-organisation regulations (verify for social organisations): 50–100 members → general branch (党总支); 100 or more → primary committee (基层党委)."
			}
		]
	},
	{
		"id": "reform-2018",
		"title": {
			"zh": "深化党和国家机构改革方案（2018）",
			"en": "Plan for Deepening the Reform of Party and State Institutions (2018)"
		},
		"kind": "secondary",
		"date": "2018-03-21",
		"note": {
			"zh": "事实清单只给出年份；本模型采用方案公布日2018-03-21作为变更日期。",
			"en": "The facts list gives only the year; the model dates the change 2018-03-21, the day the plan was published."
		},
		"lang": "en",
		"clauses": [
			{
				"id": "merger",
				"heading": {
					"zh": "中央和国家机关工作委员会的组建",
					"en": "Formation of the Central and State Organs Work Committee"
				},
				"text": "2018 (深化党和国家机构改革方案): 中央直属机关工委 and 中央国家机关工委 were merged into 中央和国家机关工作委员会 (Central and State Organs Work Committee)."
			}
		]
	},
	{
		"id": "reform-2023",
		"title": {
			"zh": "党和国家机构改革方案（2023）",
			"en": "Plan for the Reform of Party and State Institutions (2023)"
		},
		"kind": "secondary",
		"date": "2023-03-16",
		"note": {
			"zh": "本模型采用方案公布日2023-03-16作为变更日期；地方社会工作部的组建时间和职责因省而异，须逐省核实。",
			"en": "The model dates the change 2023-03-16, the day the plan was published; when and how local social work departments were set up varies by province and needs checking per province."
		},
		"lang": "en",
		"clauses": [
			{
				"id": "social-work-department",
				"heading": {
					"zh": "中央社会工作部的组建",
					"en": "Formation of the Central Social Work Department"
				},
				"text": "2023 (党和国家机构改革方案): 中央社会工作部 (Central Social Work Department) was set up. It guides Party building in mixed-ownership and non-public enterprises, new economic organisations, new social organisations and new employment groups; Party building of national industry associations and chambers of commerce moved to it from 中央和国家机关工委 and 国务院国资委党委. Local Party committees set up social work departments (社会工作部) at provincial, prefecture and county level, which took over the local social-organisation Party-building work bodies (verify the local details per province)."
			}
		]
	},
	{
		"id": "statistics",
		"title": {
			"zh": "统计数字",
			"en": "Statistics"
		},
		"kind": "secondary",
		"note": {
			"zh": "数字来自各条所注的统计公报和报告。",
			"en": "Figures from the bulletins and reports each entry names."
		},
		"lang": "en",
		"clauses": [
			{
				"id": "social-orgs-2022",
				"heading": {
					"zh": "社会组织数量（2022年底）",
					"en": "Social organisations, end of 2022"
				},
				"text": "Social organisations, end-2022: 891,300 (社会团体 370,100; 民办非企业单位 511,900; 基金会 9,319), from 《中国社会组织报告（2023）》."
			},
			{
				"id": "party-orgs-2023",
				"heading": {
					"zh": "社会组织基层党组织数量（2023年底）",
					"en": "Party organisations in social organisations, end of 2023"
				},
				"text": "Party organisations in social organisations (社会组织基层党组织), end-2023: about 183,000 (Organisation Department statistical bulletin, June 2024); end-2021: about 171,000."
			}
		]
	}
];
