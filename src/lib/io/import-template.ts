import { strToU8, zipSync } from 'fflate';
import { escapeXml } from '#lib/export/escape-xml.js';
import { RELATION_COLUMNS, UNIT_COLUMNS } from './import-template-columns.js';

/** A county's chain as example rows, which import as they are. */
const UNIT_ROWS = [
	['C1', '某县县委', 'County Party committee', '', '党委', '某县', ''],
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
