import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readXlsx } from './read-xlsx.js';
import { ReadError } from './read-error.js';
import { CellText, cellName } from './xlsx-sheet.js';

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

/** The ReadError reading `bytes` with the cell text bounded by `text` throws. */
function refusal(bytes: Uint8Array, text: CellText): ReadError {
	try {
		readXlsx(bytes, 2, text);
	} catch (e) {
		if (e instanceof ReadError) return e;
		throw e;
	}
	throw new Error('The workbook was read.');
}

describe('readXlsx counts the text of the cells, shared strings once per cell', () => {
	// One 10-character shared string named by every cell of rows of four: the XML stays tiny.
	const rows = Array.from(
		{ length: 20 },
		(_, r) =>
			`<row r="${r + 1}">${['A', 'B', 'C', 'D'].map((c) => `<c r="${c}${r + 1}" t="s"><v>0</v></c>`).join('')}</row>`
	).join('');
	const bytes = workbook(rows, '<si><t>0123456789</t></si>');

	it('reads a workbook within the budget', () => {
		expect(readXlsx(bytes, 2, new CellText(800)).sheets[0].table.rows).toHaveLength(19);
	});

	it('refuses it at the cell where the budget runs out, in both languages', () => {
		// Over 99 characters at the tenth cell: the second of row 3.
		const e = refusal(bytes, new CellText(99));
		expect(e.place).toEqual({ sheet: '名单 & 关系', row: 3, cell: 'B3' });
		expect(e.text).toEqual({
			zh: '工作簿各单元格的文字合计超过 99 个字符，这是一次导入的上限（多个单元格引用同一个共享字符串时，每次都计入）。',
			en: "The workbook's cells hold more than 99 characters of text in all, the most one import reads (a shared string counts each time a cell uses it)."
		});
	});

	it('refuses a cell longer than a cell may be, at that cell, named when it has no reference', () => {
		const e = refusal(
			workbook('<row r="4"><c><v>1</v></c><c t="s"><v>0</v></c></row>', '<si><t>0123456789</t></si>'),
			new CellText(1000, 9)
		);
		expect(e.place).toEqual({ sheet: '名单 & 关系', row: 4, cell: 'B4' });
		expect(e.text.en).toBe('The cell holds 10 characters; an Excel cell holds at most 9.');
		expect(e.text.zh).toBe('单元格有 10 个字符，而 Excel 的单元格最多有 9 个。');
	});

	it('names cells as a spreadsheet does', () => {
		expect([0, 25, 26, 701, 702, 16_383].map((c) => cellName(c, 7))).toEqual([
			'A7',
			'Z7',
			'AA7',
			'ZZ7',
			'AAA7',
			'XFD7'
		]);
	});
});
