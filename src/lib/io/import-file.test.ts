import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kinds } from '#lib/model/types.js';
import { detectFormat, importFile } from './import-file.js';

const fixture = (name: string) => ({
	name,
	bytes: new Uint8Array(
		readFileSync(fileURLToPath(new URL(`../../../tests/__fixtures__/${name}`, import.meta.url)))
	)
});

const at = (r: { problems: { code: string; line?: number }[] }) =>
	r.problems.map((p) => `${p.code}@${p.line ?? '-'}`);

describe('importFile on a GB18030 CSV from Excel on Chinese Windows', () => {
	const result = importFile(fixture('county-units-gb18030.csv'));

	it('detects the encoding and the separator and guesses the Chinese headers', () => {
		expect(result.format).toBe('csv');
		expect(result.encoding).toBe('gb18030');
		expect(result.delimiter).toBe(',');
		expect(result.mapping.units).toEqual({
			id: '编号',
			name: '单位名称',
			parent: '上级单位',
			kind: '类型',
			region: '地区'
		});
	});

	it('reports every problem with its row and column, and leaves those rows out', () => {
		expect(at(result)).toEqual(['duplicate_id@7', 'empty_name@8', 'unknown_parent@6', 'cycle@9']);
		const unknown = result.problems.find((p) => p.code === 'unknown_parent')!;
		expect(unknown.message).toBe('Unknown parent "B09": no row has this id or name.');
		expect(unknown).toMatchObject({ file: 'county-units-gb18030.csv', field: '上级单位', line: 6 });
		expect(result.problems.find((p) => p.code === 'cycle')!.message).toBe(
			'The parents go round in a cycle of 2 unit(s) (rows 9, 10): 阳新县足球协会党支部 → 阳新县体育总会党支部 → 阳新县足球协会党支部. Change the parent on one of these rows.'
		);
		expect(result.skipped.map((s) => s.row).sort()).toEqual([10, 6, 7, 8, 9]);
		expect(result.complete).toBe(false);
	});

	it('builds the dataset from the sound rows: parents by id or by name, extra columns as attributes', () => {
		const { dataset } = result;
		expect(dataset.nodes.map((n) => n.id)).toEqual(['B01', 'O01', 'O02', 'O03']);
		expect(dataset.nodes[1]).toMatchObject({
			label: { zh: '阳新县书法家协会党支部', en: '阳新县书法家协会党支部' },
			kind: '党组织',
			// Without a division code the region name stays an attribute.
			attrs: { 地区: '阳新县', 成立日期: '2016-05-12', 党员人数: '7' }
		});
		expect(dataset.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['B01>O01', 'B01>O02', 'B01>O03']);
		expect(dataset.kinds.nodes.map((k) => k.id)).toEqual(['工作机构', '党组织', '联合党支部']);
	});

	it('imports fixed rows and skips the rows the user chose to leave out', () => {
		const fixed = importFile(fixture('county-units-gb18030.csv'), undefined, {
			fixes: [
				{ sheet: 'units', row: 6, field: 'parent', value: 'B01' },
				{ sheet: 'units', row: 7, field: 'id', value: 'O08' },
				{ sheet: 'units', row: 8, field: 'name', value: '阳新县摄影家协会党支部' },
				{ sheet: 'units', row: 9, field: 'parent', value: 'B01' }
			],
			skipRows: { units: [] }
		});
		expect(fixed.problems).toEqual([]);
		expect(fixed.complete).toBe(true);
		expect(fixed.dataset.nodes).toHaveLength(9);
		const skipping = importFile(fixture('county-units-gb18030.csv'), undefined, {
			skipRows: { units: [2] }
		});
		expect(skipping.skipped[0]).toMatchObject({ row: 2, reason: 'asked' });
		// Children of a left-out row are kept as roots, and the user is told so.
		expect(skipping.problems.filter((p) => p.code === 'parent_left_out').map((p) => p.line)).toEqual([
			3, 4, 5
		]);
	});
});

describe('importFile on a UTF-8 CSV with BOM, semicolons and a quoted line break', () => {
	const registry: Kinds = {
		nodes: [
			{ id: 'work-body', label: { zh: '党建工作机构', en: 'Work body' }, color: '#b91c1c', shape: 'rounded' },
			{ id: 'party-org', label: { zh: '党组织', en: 'Party organisation' }, color: '#1d4ed8', shape: 'pill' }
		],
		edges: [
			{
				id: 'leads',
				label: { zh: '统一领导和管理', en: 'Leadership' },
				verb: { zh: '统一领导和管理', en: 'leads' },
				style: 'solid',
				color: '#111',
				backbone: true,
				hierarchical: true
			},
			{
				id: 'guides',
				label: { zh: '指导', en: 'Guidance' },
				verb: { zh: '指导', en: 'guides' },
				style: 'dashed',
				color: '#555',
				backbone: false,
				hierarchical: true
			}
		]
	};
	const result = importFile(fixture('units-bom-semicolon.csv'), fixture('relations-utf8.csv'), {
		kinds: registry,
		defaultKind: 'party-org'
	});

	it('reads the BOM, the separator, the quoted newline and the doubled quotes', () => {
		expect(result.encoding).toBe('utf-8-bom');
		expect(result.delimiter).toBe(';');
		expect(result.headers.units[0]).toBe('ID');
		expect(result.dataset.nodes.find((n) => n.id === 'cal')!.attrs).toEqual({
			Notes: 'Meets monthly;\nsecond Tuesday'
		});
		expect(result.dataset.nodes.find((n) => n.id === 'red')!.label.zh).toBe('Red Cross "Hope" branch');
		expect(result.mapping.units).toMatchObject({
			id: 'ID',
			name: 'Name',
			parent: 'Parent name',
			regionCode: 'Region code'
		});
	});

	it('counts the row after a quoted line break as the spreadsheet does and offers the default kind', () => {
		const unknownKind = result.problems.find((p) => p.code === 'unknown_kind')!;
		expect(unknownKind).toMatchObject({ line: 4, severity: 'warning', suggestion: 'party-org' });
		expect(unknownKind.message).toContain('"branch office"');
		expect(result.dataset.nodes.find((n) => n.id === 'red')!.kind).toBe('party-org');
		expect(result.dataset.edges.filter((e) => e.kind === 'leads')).toHaveLength(2);
	});

	it('reads the relations file against the registry, locating unknown units', () => {
		expect(result.dataset.edges.find((e) => e.id === 'relation-2')).toMatchObject({
			from: 'cal',
			to: 'red',
			kind: 'guides'
		});
		const unknown = result.problems.find((p) => p.code === 'unknown_node')!;
		expect(unknown).toMatchObject({ file: 'relations-utf8.csv', line: 3, field: 'to' });
		expect(unknown.message).toBe('Unknown unit "ghost": no imported row has this id or name.');
		expect(result.skipped).toEqual([
			{
				sheet: 'relations',
				file: 'relations-utf8.csv',
				row: 3,
				cells: ['wb', 'ghost', '指导'],
				reason: 'problem',
				codes: ['unknown_node']
			}
		]);
	});
});

describe('importFile with relations the full check refuses', () => {
	it('takes out a relation from a unit to itself and reports its row', () => {
		const relations = {
			name: 'rel.csv',
			bytes: new TextEncoder().encode('from,to\ncal,red\nred,red\n')
		};
		const result = importFile(fixture('units-bom-semicolon.csv'), relations);
		expect(result.dataset.edges.map((e) => e.id)).toEqual(['parent-cal', 'parent-red', 'relation-2']);
		const refused = result.problems.find((p) => p.code === 'invalid_dataset')!;
		expect(refused).toMatchObject({ file: 'rel.csv', line: 3, severity: 'error' });
		expect(refused.message).toContain('itself');
		expect(result.complete).toBe(false);
	});
});

describe('importFile on an .xlsx written by LibreOffice Calc', () => {
	const result = importFile(fixture('huangshi-units.xlsx'));

	it('reads both sheets: units first, relations second', () => {
		expect(result.format).toBe('xlsx');
		expect(result.sheets).toEqual(['单位', '关系']);
		expect(result.mapping.relations).toEqual({ from: '从', to: '到', kind: '关系' });
		expect(result.dataset.nodes.map((n) => n.id)).toEqual(['B01', 'B02', 'O01', 'O02']);
		expect(result.dataset.nodes[3].attrs).toEqual({
			地区: '阳新县',
			党员人数: 12,
			备注: '含<特殊>字符 & 符号'
		});
		expect(result.dataset.edges.map((e) => `${e.kind}:${e.from}>${e.to}`)).toEqual([
			'parent:B01>B02',
			'parent:B02>O01',
			'parent:B02>O02',
			'联系:O01>O02'
		]);
	});

	it('locates problems by sheet and the row numbers Calc shows', () => {
		expect(at(result)).toEqual(['empty_name@7', 'unknown_parent@6', 'unknown_node@2']);
		expect(result.problems[1].file).toBe('huangshi-units.xlsx › 单位');
		expect(result.problems[2].file).toBe('huangshi-units.xlsx › 关系');
	});
});

describe('importFile on JSON and on unreadable files', () => {
	it('imports a tiaokuai/1 dataset as it is', () => {
		const result = importFile(fixture('small-dataset.json'));
		expect(result.format).toBe('json');
		expect(result.problems).toEqual([]);
		expect(result.dataset.id).toBe('county-office');
	});

	it('reports broken JSON and a broken workbook as unreadable instead of throwing', () => {
		const json = importFile({ name: 'x.json', bytes: new TextEncoder().encode('{"format":') });
		expect(json.problems[0]).toMatchObject({ code: 'unreadable', severity: 'error' });
		const xlsx = importFile({ name: 'x.xlsx', bytes: new Uint8Array([1, 2, 3]) });
		expect(xlsx.problems[0].message).toContain('not an .xlsx workbook');
	});

	it('locates the problems of JSON that is no dataset at all, at the line of the whole', () => {
		// A path with nothing to strip (format, title) once sent the line search into an endless loop.
		for (const text of ['{"a": 1}', '[1]', '"x"']) {
			const result = importFile({ name: 'x.json', bytes: new TextEncoder().encode(text) });
			expect(result.problems.length).toBeGreaterThan(0);
			expect(result.problems[0].line).toBe(1);
		}
	});

	it('detects the format from the bytes when the name does not tell', () => {
		const bytes = (s: string) => new TextEncoder().encode(s);
		expect(detectFormat({ name: 'upload', bytes: bytes(' {"a":1}') })).toBe('json');
		expect(detectFormat({ name: 'upload', bytes: bytes('a,b\n1,2') })).toBe('csv');
		expect(detectFormat(fixture('huangshi-units.xlsx'))).toBe('xlsx');
	});

	it('asks for the name column when no header names one', () => {
		const result = importFile({ name: 'odd.csv', bytes: new TextEncoder().encode('甲,乙\n1,2\n') });
		expect(result.problems[0]).toMatchObject({ code: 'no_name_column' });
		expect(result.dataset.nodes).toEqual([]);
		const mapped = importFile(
			{ name: 'odd.csv', bytes: new TextEncoder().encode('甲,乙\n1,2\n') },
			undefined,
			{
				mapping: { units: { name: '乙', id: '甲' } }
			}
		);
		expect(mapped.dataset.nodes[0]).toMatchObject({ id: '1', label: { zh: '2' } });
	});
});

describe('importFile says where and why, in Chinese and English', () => {
	const csv = (text: string, name = 'units.csv') =>
		importFile({ name, bytes: new TextEncoder().encode(text) });

	it('gives every table problem in both languages, with file, row and column', () => {
		const result = csv('编号,名称,上级\nA,总部,\nB,分部,A\nB,重复,A\nC,子,X\nE,,A\nF,甲,G\nG,乙,F\n');
		expect(result.problems.map((p) => [p.code, p.file, p.line, p.field, p.text?.zh])).toEqual([
			['duplicate_id', 'units.csv', 4, '编号', '编号「B」已在第 3 行使用。'],
			['empty_name', 'units.csv', 6, '名称', '名称为空。'],
			['unknown_parent', 'units.csv', 5, '上级', '找不到上级「X」：没有哪一行的编号或名称是它。'],
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

describe('importFile on a CSV whose rows were pasted together from a UTF-8 and a GB18030 file', () => {
	const utf8 = (s: string) => [...new TextEncoder().encode(s)];
	// 分部 in GB18030 (GBK) bytes.
	const gbk = [0xb7, 0xd6, 0xb2, 0xbf];
	const bytes = new Uint8Array([...utf8('编号,名称,上级\nA,总部,\nB,'), ...gbk, ...utf8(',A\nC,办公室,A\n')]);
	const result = importFile({ name: 'pasted.csv', bytes });

	it('reads each line in its own encoding, so the UTF-8 headers and names stay readable', () => {
		expect(result.encoding).toBe('mixed');
		expect(result.dataset.nodes.map((n) => n.label.zh)).toEqual(['总部', '分部', '办公室']);
	});

	it('warns at the lines read as GB18030', () => {
		expect(result.problems).toEqual([
			expect.objectContaining({
				code: 'mixed_encoding',
				severity: 'warning',
				line: 3,
				text: expect.objectContaining({ zh: expect.stringContaining('第 3 行是 GB18030（GBK）') })
			})
		]);
	});
});
