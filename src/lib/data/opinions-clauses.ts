import type { Source } from '#lib/model/types.js';

/**
 * Clauses 5 and 6 of the 2015 Opinions, verbatim from the available text (which breaks off inside
 * clause 6), so that a regional instance carries the source its citations point into.
 */
export const opinionsClauses: Source = {
	id: 'opinions-2015',
	title: {
		zh: '关于加强社会组织党的建设工作的意见（试行）',
		en: 'Opinions on Strengthening Party Building in Social Organisations (for Trial Implementation)'
	},
	kind: 'primary',
	issuer: { zh: '中共中央办公厅', en: 'General Office of the CPC Central Committee' },
	date: '2015',
	note: {
		zh: '现有文本止于第6条「审核社会组织负责人」。',
		en: 'The available text breaks off inside clause 6, at 「审核社会组织负责人」.'
	},
	lang: 'zh',
	clauses: [
		{
			id: '5',
			heading: { zh: '5. 健全工作机构', en: '5. Set up work bodies' },
			text: "5.健全工作机构。县级以上地方党委要依托党委组织部门和民政部门建立社会组织党建工作机构，已经建立非公有制企业党建工作机构的，可依托党委组织部门将其与社会组织党建工作机构整合为一个机构。党委组织部门对同级社会组织党建工作机构进行指导。上级社会组织党建工作机构对下级社会组织党建工作机构进行指导。"
		},
		{
			id: '6',
			heading: { zh: '6. 理顺管理体系', en: '6. Straighten out the management system' },
			text: "6.理顺管理体系。全国性社会组织党建工作分别归口中央直属机关工委、中央国家机关工委、国务院国资委党委统一领导和管理。地方社会组织党建工作由省、市、县级社会组织党建工作机构统一领导和管理。上述机关或机构在社会组织党建工作方面的主要职责是：指导基层党组织建设、党员队伍建设、思想政治工作、党的群众工作和党风廉政建设；督促指导所属社会组织党组织按期换届，审批选出的书记、副书记；审核社会组织负责人"
		}
	]
};
