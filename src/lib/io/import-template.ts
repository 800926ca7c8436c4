import { strToU8, zipSync } from 'fflate';
import { escapeXml } from '#lib/export/escape-xml.js';
import type { Text } from '#lib/model/types.js';

/** One column of the template: its header (as the importer recognises it), what it is for, and whether it is needed. */
interface TemplateColumn {
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
			zh: '如「地方党委」「部门」「党建工作机构」「社会组织党组织」：与内置类型同名的会用内置的颜色和形状。',
			en: 'E.g. 地方党委 (Local Party committee), 部门 (Department), 党建工作机构 (Party-building work body): a kind named as a built-in one, in either language, takes its colour and shape.'
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

/** A county's chain as example rows, which import as they are. */
const UNIT_ROWS = [
	['C1', '某县县委', 'County Party committee', '', '地方党委', '某县', ''],
	['C2', '县委组织部', 'Organisation department', 'C1', '部门', '某县', ''],
	['C3', '县委社会工作部', 'Social work department', 'C1', '党建工作机构', '某县', '统筹社会组织党建工作'],
	['C4', '县民政局', 'Civil affairs bureau', 'C1', '部门', '某县', ''],
	[
		'C5',
		'某县慈善协会党支部',
		'Party branch of the county charity association',
		'C3',
		'社会组织党组织',
		'某县',
		''
	]
];
const RELATION_ROWS = [['C4', 'C5', '指导']];

/** A sheet's cells as CSV text: every cell quoted where it must be. */
function csvLines(rows: readonly (readonly string[])[]): string {
	const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The units template as CSV (UTF-8 with a byte-order mark, so Excel on Windows reads the Chinese
 * headers), with example rows that import as they are. The columns are explained on the import
 * page and in the XLSX template's third sheet.
 */
export function templateCsv(): Uint8Array {
	return strToU8(`\ufeff${csvLines([UNIT_COLUMNS.map((c) => c.header), ...UNIT_ROWS])}`);
}

/** A worksheet of inline strings: no shared-string table, which keeps the writer small. */
function sheetXml(rows: readonly (readonly string[])[]): string {
	const letter = (i: number) => String.fromCharCode(65 + i);
	const body = rows
		.map((cells, r) => {
			const cs = cells
				.map((v, c) =>
					v === '' ? '' : `<c r="${letter(c)}${r + 1}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`
				)
				.join('');
			return `<row r="${r + 1}">${cs}</row>`;
		})
		.join('');
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** The guide sheet: every column of both sheets, what it is for in Chinese and English. */
function guideRows(): string[][] {
	const rows = [['工作表 Sheet', '列 Column', '必填 Required', '说明', 'Description']];
	for (const [sheet, columns] of [
		['单位 Units', UNIT_COLUMNS],
		['关系 Relations', RELATION_COLUMNS]
	] as const)
		for (const c of columns)
			rows.push([sheet, c.header, c.required ? '是 yes' : '否 no', c.about.zh, c.about.en]);
	return rows;
}

/**
 * The template workbook: units first and relations second (the sheets the importer reads, in
 * that order), then a guide to the columns in Chinese and English. Opens in Excel, WPS and
 * LibreOffice.
 */
export function templateXlsx(): Uint8Array {
	const sheets = [
		{ name: '单位 Units', rows: [UNIT_COLUMNS.map((c) => c.header), ...UNIT_ROWS] },
		{ name: '关系 Relations', rows: [RELATION_COLUMNS.map((c) => c.header), ...RELATION_ROWS] },
		{ name: '说明 Guide', rows: guideRows() }
	];
	const ns = 'http://schemas.openxmlformats.org/';
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${ns}package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
				.map(
					(_, i) =>
						`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
				)
				.join('')}</Types>`
		),
		'_rels/.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}package/2006/relationships"><Relationship Id="rId1" Type="${ns}officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}spreadsheetml/2006/main" xmlns:r="${ns}officeDocument/2006/relationships"><sheets>${sheets
				.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
				.join('')}</sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}package/2006/relationships">${sheets
				.map(
					(_, i) =>
						`<Relationship Id="rId${i + 1}" Type="${ns}officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
				)
				.join('')}</Relationships>`
		)
	};
	sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows))));
	return zipSync(files);
}
