/** The fields of a unit row. */
export const unitFields = ['id', 'name', 'nameEn', 'parent', 'kind', 'region', 'regionCode'] as const;
/** The fields of a relation row. */
export const relationFields = ['from', 'to', 'kind'] as const;

export type UnitField = (typeof unitFields)[number];
export type RelationField = (typeof relationFields)[number];

/** Which column (by its header text) holds each field; the other columns become attributes. */
export interface ColumnMapping {
	units: Partial<Record<UnitField, string>>;
	relations: Partial<Record<RelationField, string>>;
}

type Rules<F extends string> = { field: F; exact: string[]; contains: string[] }[];

// Order matters for `contains`: 上级单位名称 is a parent before it is a name, 地区代码 a region code before an id.
const unitRules: Rules<UnitField> = [
	{
		field: 'parent',
		exact: [
			'上级',
			'上级单位',
			'上级编号',
			'上级单位编号',
			'上级名称',
			'上级单位名称',
			'上级组织',
			'隶属',
			'所属单位',
			'主管单位',
			'parent',
			'parentid',
			'parentname',
			'superior'
		],
		contains: ['上级', 'parent']
	},
	{
		field: 'regionCode',
		exact: ['地区代码', '区划代码', '行政区划代码', '地区编码', 'regioncode', 'areacode', 'divisioncode'],
		contains: ['区划代码', '地区代码', 'regioncode']
	},
	{
		field: 'region',
		exact: [
			'地区',
			'区域',
			'所属地区',
			'所在地区',
			'行政区',
			'行政区划',
			'地域',
			'region',
			'area',
			'division'
		],
		contains: ['地区', '区域', 'region']
	},
	{
		field: 'kind',
		exact: ['类型', '类别', '单位类型', '组织类型', '单位类别', '种类', 'kind', 'type', 'category'],
		contains: ['类型', '类别', 'kind', 'type']
	},
	{
		field: 'nameEn',
		exact: ['英文名称', '英文名', 'nameen', 'englishname', 'labelen'],
		contains: ['英文', 'english']
	},
	{
		field: 'name',
		exact: [
			'名称',
			'单位名称',
			'组织名称',
			'党组织名称',
			'机构名称',
			'名字',
			'单位',
			'name',
			'title',
			'label',
			'namezh'
		],
		contains: ['名称', 'name']
	},
	{
		field: 'id',
		exact: ['编号', '代码', '单位编号', '单位代码', '组织编号', '标识', 'id', 'code', 'key'],
		contains: ['编号', '编码', 'id']
	}
];

const relationRules: Rules<RelationField> = [
	{
		field: 'from',
		exact: ['从', '起点', '来源', '主体', '发起单位', '上级', 'from', 'source', 'fromid'],
		contains: ['起点', 'from', 'source']
	},
	{
		field: 'to',
		exact: ['到', '终点', '目标', '对象', '关联单位', '下级', 'to', 'target', 'toid'],
		contains: ['终点', 'target']
	},
	{
		field: 'kind',
		exact: ['关系', '类型', '关系类型', '类别', 'kind', 'type', 'relation'],
		contains: ['关系', '类型', 'kind', 'type', 'relation']
	}
];

/** Case, spaces, underscores, hyphens and full-width brackets do not matter when matching headers. */
function normalise(header: string): string {
	return header
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s_\-.:：()（）[\]【】*]/g, '');
}

function guess<F extends string>(header: string[], rules: Rules<F>): Partial<Record<F, string>> {
	const out: Partial<Record<F, string>> = {};
	const taken = new Set<string>();
	const norm = header.map(normalise);
	for (const pass of ['exact', 'contains'] as const) {
		for (const rule of rules) {
			if (out[rule.field] !== undefined) continue;
			const i = norm.findIndex(
				(h, j) =>
					!taken.has(header[j]) &&
					h !== '' &&
					(pass === 'exact' ? rule.exact.includes(h) : rule.contains.some((c) => h.includes(c)))
			);
			if (i >= 0) {
				out[rule.field] = header[i];
				taken.add(header[i]);
			}
		}
	}
	return out;
}

/**
 * Guesses which columns hold which fields from Chinese and English headers, for the user to
 * confirm or override.
 *
 * @example
 * guessUnitMapping(['编号', '单位名称', '上级单位', '类型']) // { id: '编号', name: '单位名称', parent: '上级单位', kind: '类型' }
 */
export function guessUnitMapping(header: string[]): ColumnMapping['units'] {
	return guess(header, unitRules);
}

/** Guesses the columns of a relations table (from, to, kind). */
export function guessRelationMapping(header: string[]): ColumnMapping['relations'] {
	return guess(header, relationRules);
}
