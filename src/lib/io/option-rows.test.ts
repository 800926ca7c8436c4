import { describe, expect, it } from 'vitest';
import { importFile } from './import-file.js';
import type { TableImportOptions } from './import-types.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const units = { name: 'units.csv', bytes: bytes('编号,名称,上级\nA,总部,\n\nB,分部,A\nC,科室,B\n') };
const relations = { name: 'relations.csv', bytes: bytes('从,到,关系\nC,A,指导\n') };
const unknownRows = (options: TableImportOptions, withRelations = false) =>
	importFile(units, withRelations ? relations : undefined, options).problems.filter(
		(p) => p.code === 'unknown_row'
	);

describe('reportUnknownRows: an option naming a row or table the import lacks is an error naming the option', () => {
	it('names a fix of a row the file has no data on, and where its data is', () => {
		const result = importFile(units, undefined, {
			fixes: [{ sheet: 'units', row: 40, field: 'name', value: '处室' }]
		});
		expect(result.complete).toBe(false);
		expect(result.problems).toEqual([
			expect.objectContaining({
				code: 'unknown_row',
				severity: 'error',
				path: 'options.fixes[0].row',
				field: 'options.fixes[0].row',
				file: 'units.csv',
				message:
					'options.fixes[0] names row 40, but units.csv has no data on row 40 (its data is on rows 2–5): the fix was not applied.',
				text: {
					zh: 'options.fixes[0] 指定第 40 行，但 units.csv 的第 40 行没有数据（数据在第 2–5 行），这项更正没有用上。',
					en: 'options.fixes[0] names row 40, but units.csv has no data on row 40 (its data is on rows 2–5): the fix was not applied.'
				}
			})
		]);
		// The rest is imported as without the option.
		expect(result.dataset.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C']);
	});

	it('names a fix of the relations table when the import has none', () => {
		expect(unknownRows({ fixes: [{ sheet: 'relations', row: 2, field: 'to', value: 'B' }] })).toEqual([
			expect.objectContaining({
				path: 'options.fixes[0].sheet',
				text: {
					zh: 'options.fixes[0] 指定关系表，但这次导入没有关系表，这项更正没有用上。',
					en: 'options.fixes[0] names the relations table, but this import has none: the fix was not applied.'
				}
			})
		]);
	});

	it('names rows to skip and same-name choices the tables lack, and a blank line as no data', () => {
		const found = unknownRows(
			{ skipRows: { units: [3, 4], relations: [2, 9] }, sameName: [{ row: 12, choice: 'merge' }] },
			true
		);
		expect(found.map((p) => [p.path, p.text.en])).toEqual([
			[
				'options.skipRows.units[0]',
				'options.skipRows.units[0] names row 3, but units.csv has no data on row 3 (its data is on rows 2–5): nothing was skipped.'
			],
			[
				'options.sameName[0].row',
				'options.sameName[0] names row 12, but units.csv has no data on row 12 (its data is on rows 2–5): the choice was not applied.'
			],
			[
				'options.skipRows.relations[1]',
				'options.skipRows.relations[1] names row 9, but relations.csv has no data on row 9 (its data is on row 2): nothing was skipped.'
			]
		]);
	});

	it('says so of a table with no rows of data', () => {
		const empty = importFile({ name: 'units.csv', bytes: bytes('编号,名称\n') }, undefined, {
			skipRows: { units: [2] }
		});
		expect(empty.problems.find((p) => p.code === 'unknown_row')?.text.zh).toBe(
			'options.skipRows.units[0] 指定第 2 行，但 units.csv 的第 2 行没有数据（该表没有数据行），没有跳过任何行。'
		);
	});

	it('says nothing of options whose rows are there', () => {
		const options: TableImportOptions = {
			fixes: [{ sheet: 'relations', row: 2, field: 'kind', value: '领导' }],
			skipRows: { units: [5] }
		};
		expect(unknownRows(options, true)).toEqual([]);
	});
});
