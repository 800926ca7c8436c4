import type { Text } from '#lib/model/types.js';
import { cutText } from '#lib/model/cut-text.js';
import { importLimits, xlsxFormat } from './import-limits.js';

const n = (value: number) => value.toLocaleString('en-US');
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
/** A value from the file, shortened: it may be megabytes long. */
const quoted = (value: string) => cutText(value, 20);

/**
 * Why a CSV file or a workbook cannot be read, in Chinese and English. The place (sheet, row,
 * cell) is said by the problem's path; these say what is wrong there.
 */
export const readMessages = {
	badRowNumber: (value: string): Text => ({
		zh: `行号“${quoted(value)}”不是 1 到 ${n(xlsxFormat.rows)} 之间的整数，而工作表最多只有 ${n(xlsxFormat.rows)} 行。`,
		en: `The row number "${quoted(value)}" is not a whole number from 1 to ${n(xlsxFormat.rows)}, the most rows a worksheet has.`
	}),
	rowOutOfOrder: (row: number, previous: number): Text => ({
		zh: `第 ${row} 行出现在第 ${previous} 行之后；工作表的行必须按顺序排列。`,
		en: `Row ${row} comes after row ${previous}; a worksheet's rows must be in order.`
	}),
	badCellReference: (ref: string): Text => ({
		zh: `单元格引用“${quoted(ref)}”无效：工作表的单元格从 A1 到 XFD${xlsxFormat.rows}。`,
		en: `The cell reference "${quoted(ref)}" is not valid: a worksheet's cells run from A1 to XFD${xlsxFormat.rows}.`
	}),
	cellOutOfPlace: (ref: string, row: number): Text => ({
		zh: `单元格 ${quoted(ref)} 位于第 ${row} 行中，但不在该行，或排在同行右侧单元格之后。`,
		en: `The cell ${quoted(ref)} sits in row ${row} but is not on that row, or comes after a cell to its right.`
	}),
	tooManyRows: (): Text => ({
		zh: `表格超过 ${n(importLimits.rows)} 行，这是一次导入的上限。请拆分文件。`,
		en: `The table has more than ${n(importLimits.rows)} rows, the most one import reads. Split the file.`
	}),
	tooManyUnits: (): Text => ({
		zh: `单位表超过 ${n(importLimits.units)} 行，而一张图最多有 ${n(importLimits.units)} 个单位。请拆分成几张图。`,
		en: `The units table has more than ${n(importLimits.units)} rows, and a chart holds at most ${n(importLimits.units)} units. Split it into several charts.`
	}),
	tooManyColumns: (): Text => ({
		zh: `表格超过 ${n(importLimits.columns)} 列，这是一次导入的上限。`,
		en: `The table has more than ${n(importLimits.columns)} columns, the most one import reads.`
	}),
	tooManyCells: (): Text => ({
		zh: `表格超过 ${n(importLimits.cells)} 个单元格（含其左侧的空单元格），这是一次导入的上限。`,
		en: `The table has more than ${n(importLimits.cells)} cells (counting the empty ones to their left), the most one import reads.`
	}),
	xmlTooLarge: (): Text => ({
		zh: `工作簿解压后超过 ${mb(importLimits.xmlBytes)}，这是一次导入的上限。`,
		en: `The workbook unpacks to more than ${mb(importLimits.xmlBytes)}, the most one import reads.`
	}),
	cellTooLong: (chars: number, limit: number): Text => ({
		zh: `单元格有 ${n(chars)} 个字符，而 Excel 的单元格最多有 ${n(limit)} 个。`,
		en: `The cell holds ${n(chars)} characters; an Excel cell holds at most ${n(limit)}.`
	}),
	cellTextTooLarge: (limit: number): Text => ({
		zh: `工作簿各单元格的文字合计超过 ${n(limit)} 个字符，这是一次导入的上限（多个单元格引用同一个共享字符串时，每次都计入）。`,
		en: `The workbook's cells hold more than ${n(limit)} characters of text in all, the most one import reads (a shared string counts each time a cell uses it).`
	}),
	malformedXml: (part: string, detail: string): Text => ({
		zh: `工作簿中的“${part}”不是有效的 XML（${detail}）。`,
		en: `"${part}" in the workbook is not valid XML (${detail}).`
	}),
	missingPart: (part: string): Text => ({
		zh: `此文件不是 .xlsx 工作簿：缺少 ${part}。`,
		en: `The file is not an .xlsx workbook: ${part} is missing.`
	}),
	noSheets: (): Text => ({ zh: '工作簿中没有工作表。', en: 'The workbook has no worksheets.' }),
	notUtf8: (offset: number, line: number, byte: number): Text => {
		const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
		return {
			zh: `第 ${n(line)} 行（第 ${n(offset)} 字节，${hex}）不是 UTF-8 编码，而 JSON 必须是 UTF-8（RFC 8259）。请另存为 UTF-8。`,
			en: `Line ${n(line)} (byte ${n(offset)}, ${hex}) is not UTF-8, and JSON must be UTF-8 (RFC 8259); save it as UTF-8.`
		};
	},
	utf32: (encoding: string): Text => ({
		zh: `此文件是 ${encoding} 编码，无法读取。请另存为 UTF-8（Excel：“CSV UTF-8（逗号分隔）”）。`,
		en: `This file is ${encoding}, which cannot be read here; save it as UTF-8 (Excel: "CSV UTF-8 (Comma delimited)").`
	})
};
