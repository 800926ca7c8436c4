import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kinds } from '#lib/model/types.js';
import { importFile } from './import-file.js';
import { detectFormat } from './detect-format.js';

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
		expect(at(result)).toEqual(['unknown_parent@6', 'duplicate_id@7', 'empty_name@8', 'cycle@9']);
		const unknown = result.problems.find((p) => p.code === 'unknown_parent')!;
		// A mistyped id is offered the nearest ids, the nearest first.
		expect(unknown.message).toBe(
			'Unknown parent "B09": no row has this id or name. Did you mean "B01" or "O01" or "O02"?'
		);
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
				row: 3,
				cells: ['wb', 'ghost', '指导'],
				reason: 'problem',
				codes: ['unknown_node']
			}
		]);
		expect(result.files.relations).toBe('relations-utf8.csv');
	});
});

describe('importFile with relations the full check refuses', () => {
	it('takes out a relation from a unit to itself and reports its row, in both languages', () => {
		const relations = {
			name: 'rel.csv',
			bytes: new TextEncoder().encode('from,to\ncal,red\nred,red\n')
		};
		const result = importFile(fixture('units-bom-semicolon.csv'), relations);
		expect(result.dataset.edges.map((e) => e.id)).toEqual(['parent-cal', 'parent-red', 'relation-2']);
		const refused = result.problems.find((p) => p.code === 'invalid_dataset')!;
		expect(refused).toMatchObject({ file: 'rel.csv', line: 3, severity: 'error' });
		expect(refused.message).toContain('itself');
		// The check's reason reaches the page in Chinese too, not only the English for scripts.
		expect(refused.text.zh).toContain('指向自身');
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
		expect(at(result)).toEqual(['unknown_parent@6', 'empty_name@7', 'unknown_node@2']);
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

	it('names the relations file, not the units file, when the relations file cannot be read', () => {
		const units = { name: 'units.csv', bytes: new TextEncoder().encode('编号,单位名称\nA,甲\n') };
		// UTF-32 with its byte-order mark: refused by its encoding.
		const relations = { name: 'relations.csv', bytes: new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]) };
		const result = importFile(units, relations);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({
			code: 'unreadable',
			file: 'relations.csv',
			sheet: 'relations'
		});
		expect(result.problems[0].message).toContain('UTF-32');
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
		expect(detectFormat({ name: 'upload', bytes: bytes('[单位],[上级]\n1,2') })).toBe('csv');
	});

	it('reads a list nested too deep as JSON and says so, whatever its name', () => {
		// It had been read as a CSV whose header was the brackets: "No column holds the unit names".
		const deep = new TextEncoder().encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
		const result = importFile({ name: 'upload.data', bytes: deep });
		expect(result.format).toBe('json');
		expect(result.problems[0].message).toBe(
			'Line 1, column 65: objects and lists are nested more than 64 deep.'
		);
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

describe('importFile: a small sheet with a repeated id and a mistyped parent id', () => {
	const csv = [
		'编号,单位名称,上级单位,类型',
		'B01,阳新县委社会工作部,,工作机构',
		'O01,阳新县书法家协会党支部,B01,党组织',
		'O02,阳新县摄影家协会党支部,阳新县委社会工作部,党组织',
		'O03,阳新县志愿者协会党支部,B09,党组织',
		'O01,重复编号党支部,B01,党组织'
	].join('\n');
	const result = importFile({ name: 'units.csv', bytes: new TextEncoder().encode(csv) });

	it('lists the problems in the order of the rows, though found pass by pass', () => {
		expect(result.problems.map((p) => [p.line, p.code])).toEqual([
			[5, 'unknown_parent'],
			[6, 'duplicate_id']
		]);
	});

	it('never offers a row its own id as its parent', () => {
		const own = importFile({
			name: 'units.csv',
			bytes: new TextEncoder().encode('编号,单位名称,上级单位\nB01,甲,\nB02,乙,B09\n')
		});
		const unknown = own.problems.find((p) => p.code === 'unknown_parent')!;
		expect(unknown.suggestions).toContain('B01');
		expect(unknown.suggestions).not.toContain('B02');
	});

	it('offers the nearest id for a parent id mistyped, as it does the nearest names', () => {
		const unknown = result.problems.find((p) => p.code === 'unknown_parent')!;
		expect(unknown.suggestions).toContain('B01');
		expect(unknown.text.zh).toContain('B01');
	});
});
