import type { Text } from '#lib/model/types.js';

/** One column of the template: its header (as the importer recognises it), what it is for, and whether it is needed. */
export interface TemplateColumn {
	header: string;
	about: Text;
	required: boolean;
}

/** The units sheet's columns, explained in both languages. */
export const UNIT_COLUMNS: readonly TemplateColumn[] = [
	{
		header: '编号',
		about: {
			zh: '单位的唯一编号，其他行的「上级单位」可以填它；可不填，按名称对应。',
			en: "The unit's unique id, which other rows may give as their parent; optional, names are matched otherwise."
		},
		required: false
	},
	{
		header: '单位名称',
		about: { zh: '单位的全称，图上显示的名字。', en: 'The full name of the unit, as the chart shows it.' },
		required: true
	},
	{
		header: '英文名称',
		about: {
			zh: '英文页面显示的名字；不填则用中文名称。',
			en: 'The name on the English page; the Chinese name when empty.'
		},
		required: false
	},
	{
		header: '上级单位',
		about: {
			zh: '上级单位的编号或名称；最上级的单位不填。',
			en: "The parent unit's id or name; empty for a unit at the top."
		},
		required: false
	},
	{
		header: '单位类型',
		about: {
			zh: '如「党委」「部门」「党建工作机构」「社会组织党组织」：与内置类型同名的会用内置的颜色和形状。',
			en: 'E.g. 党委 (Party committee), 部门 (Department), 党建工作机构 (Party-building work body): a kind named as a built-in one, in either language, takes its colour and shape.'
		},
		required: false
	},
	{
		header: '地区',
		about: { zh: '单位所在的地区，作为属性保留。', en: 'Where the unit is; kept as an attribute.' },
		required: false
	},
	{
		header: '备注',
		about: {
			zh: '其他各列（如备注、电话）都作为属性保留，显示在详情中。',
			en: 'Any other column (a note, a phone number) is kept as an attribute and shown in the details.'
		},
		required: false
	}
];

/** The relations sheet's columns: links beside the parent column, e.g. guidance across the tree. */
export const RELATION_COLUMNS: readonly TemplateColumn[] = [
	{
		header: '从',
		about: { zh: '关系发出方的编号或名称。', en: 'The id or name of the unit the relation goes from.' },
		required: true
	},
	{
		header: '到',
		about: { zh: '关系接收方的编号或名称。', en: 'The id or name of the unit it goes to.' },
		required: true
	},
	{
		header: '关系类型',
		about: {
			zh: '如「指导」「督促指导」；不填则为「关联」。',
			en: 'E.g. 指导 (guides); "related" when empty.'
		},
		required: false
	}
];
