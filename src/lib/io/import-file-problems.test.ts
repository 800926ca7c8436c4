// importFile's problems: each says where (file, row, column; JSON line and column) and why, in
// Chinese and English, and a malformed CSV is refused at its row rather than read into one cell.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFile } from './import-file.js';
import { checkLimits } from '#lib/model/limits.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { packedFile } from '#lib/packed/packed-file.js';

describe('importFile says where and why, in Chinese and English', () => {
	const csv = (text: string, name = 'units.csv') =>
		importFile({ name, bytes: new TextEncoder().encode(text) });

	it('gives every table problem in both languages, with file, row and column', () => {
		const result = csv('编号,名称,上级\nA,总部,\nB,分部,A\nB,重复,A\nC,子,X\nE,,A\nF,甲,G\nG,乙,F\n');
		expect(result.problems.map((p) => [p.code, p.file, p.line, p.field, p.text?.zh])).toEqual([
			// In the order of the rows, though found pass by pass.
			['duplicate_id', 'units.csv', 4, '编号', '编号「B」已在第 3 行使用。'],
			['unknown_parent', 'units.csv', 5, '上级', '找不到上级「X」：没有哪一行的编号或名称是它。'],
			['empty_name', 'units.csv', 6, '名称', '名称为空。'],
			[
				'cycle',
				'units.csv',
				7,
				'上级',
				'上级关系形成了循环（2 个单位，第 7、8 行）：甲 → 乙 → 甲。请修改其中一行的上级。'
			]
		]);
		for (const p of result.problems) expect(p.text?.en).toBe(p.message);
	});

	it('names the headers it found when no column holds the names, and a relation to a unit that is not there', () => {
		expect(csv('ID,Nmae,Parent\n1,a,\n').problems[0].text).toEqual({
			zh: '没有哪一列是单位名称。找到的表头：ID、Nmae、Parent。请选择名称列。',
			en: 'No column holds the unit names. Headers found: ID, Nmae, Parent. Choose the name column.'
		});
		const withRelations = importFile(
			{ name: 'units.csv', bytes: new TextEncoder().encode('编号,名称\nA,甲\n') },
			{ name: 'relations.csv', bytes: new TextEncoder().encode('从,到,关系\nA,ZZ,指导\n') }
		);
		expect(withRelations.problems[0]).toMatchObject({
			file: 'relations.csv',
			line: 2,
			field: '到',
			text: { zh: '找不到单位「ZZ」：导入的各行中没有这个编号或名称。' }
		});
	});

	it('points at a trailing comma in JSON, at its line and column', () => {
		const result = csv('{\n  "format": "tiaokuai/1",\n  "id": "x",\n}\n', 'chart.json');
		expect(result.problems).toEqual([
			expect.objectContaining({
				code: 'unreadable',
				file: 'chart.json',
				line: 3,
				text: {
					zh: '第 3 行第 12 列：最后一项后面多了一个逗号。JSON 不允许末尾逗号，请删去它。',
					en: 'Line 3, column 12: a comma after the last item. JSON allows no trailing comma; remove it.'
				}
			})
		]);
		expect(csv('{"format":', 'cut.json').problems[0].text?.en).toBe(
			'Line 1, column 11: the file ends too early; a closing bracket or quote is missing.'
		);
		expect(csv('{"a": tru}', 'typo.json').problems[0]).toMatchObject({
			line: 1,
			message: expect.stringContaining('column 7')
		});
	});

	it('locates each problem of a JSON dataset at the line of its field', () => {
		const text = readFileSync(
			fileURLToPath(new URL('../../../tests/__fixtures__/small-dataset.json', import.meta.url)),
			'utf8'
		);
		const broken = JSON.parse(text) as { nodes: { kind: string }[] };
		broken.nodes[1].kind = 'nonesuch';
		const pretty = JSON.stringify(broken, null, '\t');
		const result = csv(pretty, 'mine.json');
		const problem = result.problems.find((p) => p.path === 'nodes[1].kind')!;
		expect(problem).toMatchObject({ file: 'mine.json', field: 'nodes[1].kind', code: 'invalid_dataset' });
		expect(pretty.split('\n')[problem.line! - 1]).toContain('"kind": "nonesuch"');
	});
});

describe('importFile never loses cells to a malformed CSV', () => {
	const csv = (text: string) => importFile({ name: 'units.csv', bytes: new TextEncoder().encode(text) });

	it('refuses a quote that is never closed, at its row, instead of reading the rest of the file into one cell', () => {
		const result = csv('编号,名称,上级\nA,"总部,\nB,分部,A\n');
		expect(result.problems[0]).toMatchObject({
			code: 'unreadable',
			severity: 'error',
			file: 'units.csv',
			line: 2,
			text: { zh: '这一行的引号没有闭合，其后的所有内容都被读进了同一格。请在表格软件中检查这一行的引号。' }
		});
		expect(result.complete).toBe(false);
	});

	it('reports a malformed quote in the relations file too', () => {
		const result = importFile(
			{ name: 'units.csv', bytes: new TextEncoder().encode('编号,名称\nA,甲\nB,乙\n') },
			{ name: 'relations.csv', bytes: new TextEncoder().encode('从,到\nA,"B\n') }
		);
		expect(result.problems[0]).toMatchObject({
			file: 'relations.csv',
			line: 2,
			severity: 'error',
			sheet: 'relations'
		});
		expect(result.complete).toBe(false);
	});

	it('warns about cells under no header, naming the column and the rows', () => {
		const result = csv('编号,名称,上级\nA,总部,,备注一\nB,分部,A\nC,科室,A,,备注二\n');
		expect(result.problems.map((p) => [p.code, p.severity, p.text?.zh])).toEqual([
			[
				'unnamed_column',
				'warning',
				'第 4 列没有表头，其中 1 个单元格（第 2 行）不会导入。请给这一列加上表头。'
			],
			[
				'unnamed_column',
				'warning',
				'第 5 列没有表头，其中 1 个单元格（第 4 行）不会导入。请给这一列加上表头。'
			]
		]);
		expect(result.dataset.nodes).toHaveLength(3);
	});
});

describe('importFile names an encoding it cannot read', () => {
	/** Text as UTF-32 with its byte-order mark, in either byte order. */
	const utf32 = (text: string, order: 'le' | 'be') => {
		const units = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
		const bytes = new Uint8Array(units.length * 4);
		units.forEach((u, i) => new DataView(bytes.buffer).setUint32(i * 4, u, order === 'le'));
		return bytes;
	};

	it('refuses a UTF-32 CSV by its encoding, not by the garbled headers UTF-16 made of it', () => {
		for (const [order, name] of [
			['le', 'UTF-32LE'],
			['be', 'UTF-32BE']
		] as const) {
			const result = importFile({ name: 'units.csv', bytes: utf32('编号,名称\nA,总部\n', order) });
			expect(result.complete).toBe(false);
			expect(result.problems).toEqual([
				expect.objectContaining({
					code: 'unreadable',
					severity: 'error',
					file: 'units.csv',
					text: {
						zh: `此文件是 ${name} 编码，无法读取。请另存为 UTF-8（Excel：“CSV UTF-8（逗号分隔）”）。`,
						en: `This file is ${name}, which cannot be read here; save it as UTF-8 (Excel: "CSV UTF-8 (Comma delimited)").`
					}
				})
			]);
		}
		// Named so too when the file's name gives no format.
		const bare = importFile({ name: 'units', bytes: utf32('{"format":"tiaokuai/1"}', 'le') });
		expect(bare.problems[0].text?.en).toMatch(/^This file is UTF-32LE/);
	});

	it('still reads UTF-16, whose mark begins like UTF-32’s', () => {
		const text = '编号,名称\nA,总部\n';
		const bytes = new Uint8Array([
			0xff,
			0xfe,
			...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)
		]);
		const result = importFile({ name: 'units.csv', bytes });
		expect(result).toMatchObject({ encoding: 'utf-16le', complete: true });
		expect(result.dataset.nodes.map((n) => n.label.zh)).toEqual(['总部']);
	});
});

describe('importFile runs the limits the save runs, so complete means the save takes it', () => {
	const long = 'x'.repeat(300);
	const csv = (text: string, name = 'units.csv') =>
		importFile({ name, bytes: new TextEncoder().encode(text) });
	const overLimit = {
		zh: '名称有 300 个字符，最多允许 200 个。',
		en: 'The label is 300 characters long; at most 200 are allowed.'
	};

	it('reports a unit name over the label length at its row and column, and leaves the row out', () => {
		const result = csv(`编号,名称,上级\r\nA,${long},\r\nB,分部,A\r\nC,总部,\r\n`);
		expect(result.complete).toBe(false);
		expect(result.problems).toEqual([
			expect.objectContaining({
				code: 'over_limit',
				severity: 'error',
				file: 'units.csv',
				line: 2,
				field: '名称',
				path: 'units.csv, row 2, column 名称',
				text: overLimit,
				message: overLimit.en
			}),
			// Its child stays, without a parent, as when a row with an error is left out.
			expect.objectContaining({ code: 'parent_left_out', line: 3, field: '上级', severity: 'warning' })
		]);
		expect(result.skipped).toMatchObject([{ row: 2, codes: ['over_limit'] }]);
		expect(result.dataset.nodes.map((n) => n.id)).toEqual(['B', 'C']);
		expect(checkLimits(result.dataset)).toEqual([]);
	});

	it('names the English name’s column when that is the one too long', () => {
		const result = csv(`名称,英文名称\n总部,${long}\n分部,Branch\n`);
		expect(result.problems).toMatchObject([{ code: 'over_limit', line: 2, field: '英文名称' }]);
		expect(result.dataset.nodes).toHaveLength(1);
	});

	it('reports a kind name over the label length at the first row of that kind', () => {
		const result = csv(`名称,类型\n总部,局\n分部,${long}\n支部,${long}\n`);
		expect(result.complete).toBe(false);
		expect(result.problems).toMatchObject([{ code: 'over_limit', line: 3, field: '类型', text: overLimit }]);
	});

	it('reports a label over the length in a JSON dataset at its field and line', () => {
		const text = readFileSync(
			fileURLToPath(new URL('../../../tests/__fixtures__/small-dataset.json', import.meta.url)),
			'utf8'
		);
		const dataset = JSON.parse(text) as { nodes: { label: { zh: string } }[] };
		dataset.nodes[1].label.zh = long;
		const pretty = JSON.stringify(dataset, null, '\t');
		const result = csv(pretty, 'mine.json');
		expect(result.complete).toBe(false);
		expect(result.problems).toEqual([
			expect.objectContaining({
				code: 'over_limit',
				file: 'mine.json',
				field: 'nodes[1].label.zh',
				text: overLimit
			})
		]);
		expect(pretty.split('\n')[result.problems[0].line! - 1]).toContain(`"zh": "${long}"`);
	});

	it('reports a label over the length in a packed file at its field', () => {
		const dataset = structuredClone(opinions2015);
		dataset.nodes[2].label = { zh: long, en: long };
		const result = importFile({ name: 'chart.tiaokuai', bytes: packedFile(dataset) });
		expect(result.complete).toBe(false);
		expect(result.problems.map((p) => [p.code, p.file, p.field])).toEqual([
			['over_limit', 'chart.tiaokuai', 'nodes[2].label.zh'],
			['over_limit', 'chart.tiaokuai', 'nodes[2].label.en']
		]);
	});
});
