import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readXlsx } from './read-xlsx.js';

/** A minimal workbook as Excel writes it: prefixed relationship ids, inline and rich-text strings. */
function workbook(sheetXml: string, shared: string): Uint8Array {
	return zipSync({
		'[Content_Types].xml': strToU8('<Types/>'),
		'xl/workbook.xml': strToU8(
			'<workbook xmlns:r="r"><sheets><sheet name="名单 &amp; 关系" sheetId="7" r:id="rIdX"/></sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<Relationships><Relationship Id="rIdX" Target="/xl/worksheets/data.xml"/></Relationships>'
		),
		'xl/sharedStrings.xml': strToU8(`<sst>${shared}</sst>`),
		'xl/worksheets/data.xml': strToU8(`<worksheet><sheetData>${sheetXml}</sheetData></worksheet>`)
	});
}

describe('readXlsx', () => {
	it('reads shared, rich-text, inline, numeric, boolean and formula cells at their references', () => {
		const bytes = workbook(
			'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
				'<row r="3"><c r="A3" t="inlineStr"><is><t>行内</t></is></c><c r="B3"><v>42.5</v></c>' +
				'<c r="C3" t="b"><v>1</v></c><c r="D3" t="str"><f>A1&amp;"x"</f><v>名称x</v></c><c r="E3" t="s"><v>2</v></c></row>',
			'<si><t>名称</t></si><si><r><t>上级</t></r><r><rPr/><t xml:space="preserve">单位</t></r><rPh><t>しょう</t></rPh></si><si><t>甲_x000D_乙 &lt;1&gt;</t></si>'
		);
		const {
			names,
			sheets: [sheet]
		} = readXlsx(bytes);
		expect(names).toEqual(['名单 & 关系']);
		expect(sheet.name).toBe('名单 & 关系');
		expect(sheet.table.header).toEqual(['名称', '', '上级单位']);
		expect(sheet.table.rows).toEqual([{ row: 3, cells: ['行内', 42.5, true, '名称x', '甲\r乙 <1>'] }]);
	});

	it('refuses bytes that are not a workbook', () => {
		expect(() => readXlsx(strToU8('a,b'))).toThrow(/not an .xlsx workbook/);
		expect(() => readXlsx(zipSync({ 'x.txt': strToU8('x') }))).toThrow(/xl\/workbook.xml is missing/);
	});
});
