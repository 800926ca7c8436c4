import type { Dataset } from '#lib/model/types.js';
import { centralEdges, centralNodes } from './opinions-2015-central.js';
import { T } from './opinions-2015-cites.js';
import { opinions2015Kinds } from './opinions-2015-kinds.js';
import { localEdges, localNodes } from './opinions-2015-local.js';
import { societyEdges, societyNodes } from './opinions-2015-society.js';
import { opinions2015Source } from './sources/opinions-2015-source.js';
import { secondarySources } from './sources/secondary-sources.js';

export { MERGER_2018, OPINIONS_DATE, SOCIAL_WORK_2023 } from './opinions-2015-cites.js';

/**
 * The built-in model of the 2015 Opinions: one representative per level, joined to the centre at
 * every date — the Party committees' line (中共中央 → 省委 → 市委 → 县委), the work bodies and, from
 * the local reforms of 2024, the social work departments. Every node and edge cites a clause
 * verbatim; relations read out of a text rather than stated by it are marked `interpretive`.
 */
export const opinions2015: Dataset = {
	format: 'tiaokuai/1',
	id: 'opinions-2015',
	title: T('社会组织党建工作管理体制（2015年《意见》）', 'Party building in social organisations: the management system of the 2015 Opinions'),
	description: T(
		'依据《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号，2015-09-28）的通知及第1—6条建模，每级取一个代表。现有文本第6条在「审核社会组织负责人」处中断，第7条起未能取得。党委上下级关系据党章，2018年、2023年机构改革及各级地方社会工作部的组建日期据二手资料（地方日期为代表性日期，标为“约”）；从文字中读出而非原文明说的关系标为“推断”。',
		'Modelled on the notice and clauses 1–6 of the Opinions on Strengthening Party Building in Social Organisations (Trial) (中办发〔2015〕51号, 2015-09-28), one representative per level. The available text breaks off in clause 6 at 「审核社会组织负责人」 (“review the heads of social organisations”); clause 7 onward was not available. The line between Party committees follows the Party Constitution; the 2018 and 2023 reforms and the dates of local social work departments come from secondary sources (local dates are representative and marked approximate); relations read out of the text rather than stated by it are marked interpretive.'
	),
	kinds: opinions2015Kinds,
	nodes: [...centralNodes, ...localNodes, ...societyNodes],
	edges: [...centralEdges, ...localEdges, ...societyEdges],
	sources: [opinions2015Source, ...secondarySources],
	views: [
		{
			id: 'as-of-2016',
			title: T('2016年：三个中央归口机关', '2016: the three central bodies of clause 6'),
			note: T(
				'《意见》印发后的格局：中央直属机关工委、中央国家机关工委、国务院国资委党委。',
				'The structure after the Opinions were issued: the two central work committees and the SASAC Party Committee.'
			),
			state: { asOf: '2016-06-01', backbone: 'lead-manage', expanded: ['party-central', 'cwc-direct', 'cwc-state', 'sasac-committee'] }
		},
		{
			id: 'as-of-2019',
			title: T('2019年：中央和国家机关工委', '2019: the Central and State Organs Work Committee'),
			note: T(
				'2018年两个工委合并，所归口的全国性社会组织党组织划归中央和国家机关工委。',
				'In 2018 the two work committees merged, and the Party organisations of the national social organisations under them were reassigned to the new committee.'
			),
			state: { asOf: '2019-06-01', backbone: 'lead-manage', expanded: ['party-central', 'sasac-committee', 'cwc-central-state'] }
		},
		{
			id: 'as-of-2024',
			title: T('2024年底：社会工作部', 'End of 2024: social work departments'),
			note: T(
				'2023年机构改革后，各级地方社会工作部在2024年内陆续组建（地方日期为代表性日期，须逐地核实）。',
				'After the 2023 reform, local social work departments were set up level by level during 2024 (local dates are representative; verify per place).'
			),
			state: { asOf: '2024-12-31', backbone: 'lead-manage', expanded: ['party-central', 'central-social-work', 'province-committee'], layers: ['lead-manage', 'party-lead', 'guide', 'took-over', 'establish'], focus: 'province-social-work-dept' }
		},
		{
			id: 'tiao-kuai',
			title: T('条与块：指导与统一领导', 'Lines and blocks: guidance and unified leadership'),
			note: T('上级工作机构的指导（条）与同级党委的统一领导（块）。', 'Guidance from the work body one level up (tiao) and leadership by the same-level Party committee (kuai).'),
			state: { asOf: '2016-06-01', backbone: 'guide', layers: ['guide', 'party-lead', 'lead-manage'], focus: 'county-work-body', expanded: ['party-central', 'province-committee', 'prefecture-committee', 'prefecture-organisation-dept', 'county-committee', 'county-organisation-dept'] }
		}
	]
};
