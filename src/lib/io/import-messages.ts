import type { Text } from '#lib/model/types.js';
import { cutText } from '#lib/model/cut-text.js';
import type { RelationField, UnitField } from './column-mapping.js';
import { importLimits } from './import-limits.js';
import type { LikelyKind } from './kind-typos.js';
import { listed } from './read-error.js';

/** The fields of a row as the import dialog names them, so a message can say what a column was for. */
const fieldNames: Record<UnitField | RelationField, Text> = {
	id: { zh: '编号', en: 'id' },
	name: { zh: '名称', en: 'name' },
	nameEn: { zh: '英文名称', en: 'English name' },
	parent: { zh: '上级', en: 'parent' },
	kind: { zh: '类型', en: 'kind' },
	region: { zh: '地区', en: 'region' },
	regionCode: { zh: '区划代码', en: 'region code' },
	from: { zh: '从', en: 'from' },
	to: { zh: '到', en: 'to' }
};

/** A value from the file as a message quotes it: a cell can be megabytes long. */
const q = (value: string) => cutText(value, 40);

const headerList = (header: string[]): Text => {
	const names = listed(header.map(q), importLimits.listed);
	return { zh: names.zh || '（无）', en: names.en || '(none)' };
};

/** Row numbers as a message lists them: the first few, then how many. */
const rowList = (rows: number[], total = rows.length): Text => listed(rows, importLimits.listed, total);

/**
 * Every message an import gives, in Chinese and English: users read Chinese first, and a problem
 * the dialog shows must read as a sentence in the dialog's language.
 * @example importMessages.unknownParent('B09') // → { zh: '找不到上级「B09」：没有哪一行的编号或名称是它。', en: 'Unknown parent "B09": …' }
 */
export const importMessages = {
	missingColumn: (column: string, field: UnitField): Text => ({
		zh: `没有「${q(column)}」这一列（用作${fieldNames[field].zh}）。`,
		en: `There is no column "${q(column)}" for ${field}.`
	}),
	noNameColumn: (header: string[]): Text => ({
		zh: `没有哪一列是单位名称。找到的表头：${headerList(header).zh}。请选择名称列。`,
		en: `No column holds the unit names. Headers found: ${headerList(header).en}. Choose the name column.`
	}),
	emptyName: (): Text => ({ zh: '名称为空。', en: 'The name is empty.' }),
	duplicateId: (id: string, firstRow: number): Text => ({
		zh: `编号「${q(id)}」已在第 ${firstRow} 行使用。`,
		en: `The id "${q(id)}" is already used on row ${firstRow}.`
	}),
	ambiguousParent: (ref: string, rows: number[], total = rows.length): Text => ({
		zh: `上级「${q(ref)}」与第 ${rowList(rows, total).zh} 行的名称相同，无法确定是哪一个。请填写上级的编号。`,
		en: `The parent "${q(ref)}" matches the names on rows ${rowList(rows, total).en}. Use the parent's id.`
	}),
	unknownParent: (ref: string, nearest: string[] = []): Text => ({
		zh:
			`找不到上级「${q(ref)}」：没有哪一行的编号或名称是它。` +
			(nearest.length ? `是否是${nearest.map((n) => `「${q(n)}」`).join('或')}？` : ''),
		en:
			`Unknown parent "${q(ref)}": no row has this id or name.` +
			(nearest.length ? ` Did you mean ${nearest.map((n) => `"${q(n)}"`).join(' or ')}?` : '')
	}),
	duplicateName: (name: string, firstRow: number): Text => ({
		zh: `单位名称「${q(name)}」与第 ${firstRow} 行相同。请选择合并为一个单位，或保留为两个单位。`,
		en: `The unit name "${q(name)}" is the same as on row ${firstRow}. Choose to merge them into one unit or keep both.`
	}),
	cycle: (names: string[], rows: number[]): Text => {
		const shown = names.slice(0, importLimits.listed).map(q);
		const more = names.length - shown.length;
		return {
			zh: `上级关系形成了循环（${names.length} 个单位，第 ${rowList(rows).zh} 行）：${shown.join(' → ')}${more > 0 ? ` → …（另 ${more} 个）` : ` → ${shown[0]}`}。请修改其中一行的上级。`,
			en: `The parents go round in a cycle of ${names.length} unit(s) (rows ${rowList(rows).en}): ${shown.join(' → ')}${more > 0 ? ` → … (${more} more)` : ` → ${shown[0]}`}. Change the parent on one of these rows.`
		};
	},
	unknownKind: (value: string, fallback: string): Text => ({
		zh: `未知类型「${q(value)}」；除非另选，此行将按「${fallback}」导入。`,
		en: `Unknown kind "${q(value)}"; the row will be imported as "${fallback}" unless you choose another.`
	}),
	kindTypo: (value: string, rows: number[], likely: LikelyKind[], relation = false): Text => {
		const on = rowList(rows);
		const counted = likely.filter((k) => k.rows !== undefined);
		const zhCounts = counted.map((k) => `${q(k.value)} 用于 ${k.rows} 行`).join('，');
		return {
			zh:
				`${relation ? '关系类型' : '类型'}「${q(value)}」只在第 ${on.zh} 行出现，是否是` +
				likely.map((k) => `${k.rows === undefined ? '内置类型' : ''}「${q(k.value)}」`).join('或') +
				`？${zhCounts ? `（${zhCounts}）` : ''}`,
			en:
				`${relation ? 'Relation kind' : 'Kind'} "${q(value)}" appears only on row${rows.length > 1 ? 's' : ''} ${on.en}: did you mean ` +
				likely
					.map((k) =>
						k.rows === undefined
							? `the built-in kind "${q(k.value)}"`
							: `"${q(k.value)}" (used on ${k.rows} rows)`
					)
					.join(' or ') +
				'?'
		};
	},
	parentLeftOut: (parent: string, row: number): Text => ({
		zh: `上级「${q(parent)}」（第 ${row} 行）未导入，此单位将作为没有上级的单位导入。`,
		en: `The parent "${q(parent)}" (row ${row}) is left out, so this unit is imported without a parent.`
	}),
	missingRelationColumn: (field: 'from' | 'to', header: string[]): Text => ({
		zh: `没有哪一列是关系的「${fieldNames[field].zh}」端。找到的表头：${headerList(header).zh}。`,
		en: `No column holds the "${field}" end of the relations. Headers found: ${headerList(header).en}.`
	}),
	emptyRelationEnd: (field: 'from' | 'to'): Text => ({
		zh: `关系的「${fieldNames[field].zh}」端为空。`,
		en: `The "${field}" unit is empty.`
	}),
	unknownRelationUnit: (ref: string): Text => ({
		zh: `找不到单位「${q(ref)}」：导入的各行中没有这个编号或名称。`,
		en: `Unknown unit "${q(ref)}": no imported row has this id or name.`
	}),
	unclosedQuote: (): Text => ({
		zh: '这一行的引号没有闭合，其后的所有内容都被读进了同一格。请在表格软件中检查这一行的引号。',
		en: 'A quote on this row is never closed, so everything after it was read into one cell. Check the quotes on this row in the spreadsheet.'
	}),
	malformedCsv: (detail: string): Text => ({
		zh: `这一行的格式有误（${detail}），请检查其中的引号和分隔符。`,
		en: `This row is malformed (${detail}); check its quotes and separators.`
	}),
	mixedEncoding: (lines: number[]): Text => ({
		zh: `文件的编码不一致：第 ${rowList(lines).zh} 行是 GB18030（GBK），其余是 UTF-8。已逐行转换，请核对这些行的文字，并以同一种编码保存文件。`,
		en: `The file mixes encodings: line(s) ${rowList(lines).en} are GB18030 (GBK), the rest UTF-8. Each line was read in its own encoding; check the text of those lines, and save the file in one encoding.`
	}),
	unnamedColumn: (column: number, rows: number[]): Text => ({
		zh: `第 ${column} 列没有表头，其中 ${rows.length} 个单元格（第 ${rowList(rows).zh} 行）不会导入。请给这一列加上表头。`,
		en: `Column ${column} has no header, so its ${rows.length} cell(s) (rows ${rowList(rows).en}) are not imported. Give the column a header.`
	}),
	noRowForOption: (
		option: string,
		row: number,
		file: string,
		span: [number, number] | undefined,
		notDone: Text
	): Text => {
		const [first, last] = span ?? [];
		const where = {
			zh: !span ? '该表没有数据行' : first === last ? `数据在第 ${first} 行` : `数据在第 ${first}–${last} 行`,
			en: !span
				? 'it has no rows of data'
				: first === last
					? `its data is on row ${first}`
					: `its data is on rows ${first}–${last}`
		};
		return {
			zh: `${option} 指定第 ${row} 行，但 ${q(file)} 的第 ${row} 行没有数据（${where.zh}），${notDone.zh}。`,
			en: `${option} names row ${row}, but ${q(file)} has no data on row ${row} (${where.en}): ${notDone.en}.`
		};
	},
	noRelationsForOption: (option: string, notDone: Text): Text => ({
		zh: `${option} 指定关系表，但这次导入没有关系表，${notDone.zh}。`,
		en: `${option} names the relations table, but this import has none: ${notDone.en}.`
	}),
	unknownRelationKind: (value: string, fallback: string): Text => ({
		zh: `未知关系类型「${q(value)}」；除非另选，将按「${fallback}」导入。`,
		en: `Unknown relation kind "${q(value)}"; it will be imported as "${fallback}" unless you choose another.`
	})
};
