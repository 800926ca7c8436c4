import { describe, expect, it } from 'vitest';
import { opinions2015Kinds } from '#lib/data/opinions-2015-kinds.js';
import { importFile } from './import-file.js';
import type { TableImportOptions } from './import-types.js';

/** Thirteen party organisations under one committee, the one on row 7 typed 党组识. */
const UNITS = [
	'编号,名称,上级,类型',
	'C,县委,,党委',
	...Array.from({ length: 13 }, (_, i) => `O${i},协会${i}党支部,C,${i === 4 ? '党组识' : '党组织'}`)
].join('\n');

/** Relations guiding the organisations, one typed 业务知道 for 业务指导. */
const RELATIONS = [
	'从,到,关系',
	...Array.from({ length: 6 }, (_, i) => `C,O${i},${i === 2 ? '业务知道' : '业务指导'}`)
].join('\n');

const encode = (text: string) => new TextEncoder().encode(text);
const sheet = (options: TableImportOptions = {}) =>
	importFile(
		{ name: 'units.csv', bytes: encode(UNITS) },
		{ name: 'relations.csv', bytes: encode(RELATIONS) },
		options
	);

describe('importFile warns of a kind mistyped on a row or two', () => {
	it('names the row and column, the kind it was likely meant to be and its count, and offers it as the fix', () => {
		const result = sheet();
		const typo = result.problems.find((p) => p.code === 'kind_typo' && p.sheet === 'units')!;
		expect(typo).toMatchObject({
			file: 'units.csv',
			line: 7,
			field: '类型',
			severity: 'warning',
			suggestion: '党组织',
			suggestions: ['党组织']
		});
		expect(typo.text?.zh).toBe('类型「党组识」只在第 7 行出现，是否是「党组织」？（党组织 用于 12 行）');
		expect(typo.text?.en).toBe(
			'Kind "党组识" appears only on row 7: did you mean "党组织" (used on 12 rows)?'
		);
		// A warning: the row is imported as written unless the offer is taken.
		expect(result.complete).toBe(true);
		expect(result.dataset.kinds.nodes.map((k) => k.id)).toContain('党组识');
	});

	it('warns of a relation kind mistyped in the relations table', () => {
		const typo = sheet().problems.find((p) => p.code === 'kind_typo' && p.sheet === 'relations')!;
		expect(typo).toMatchObject({ file: 'relations.csv', line: 4, field: '关系', suggestion: '业务指导' });
		expect(typo.text?.en).toBe(
			'Relation kind "业务知道" appears only on row 4: did you mean "业务指导" (used on 5 rows)?'
		);
	});

	it('takes the offer as the cell fix: the row joins the kind, and the warnings go', () => {
		const fixed = sheet({
			fixes: [
				{ sheet: 'units', row: 7, field: 'kind', value: '党组织' },
				{ sheet: 'relations', row: 4, field: 'kind', value: '业务指导' }
			]
		});
		expect(fixed.problems).toEqual([]);
		expect(fixed.dataset.nodes.find((n) => n.id === 'O4')!.kind).toBe('党组织');
		expect(fixed.dataset.kinds.nodes.map((k) => k.id)).not.toContain('党组识');
	});

	it('offers a built-in kind name no row uses, and leaves kinds alone when a registry names them', () => {
		const units = '名称,上级,类型\n县委,,党委\n社工部,县委,党建工作机沟\n' + '协会,县委,协会\n'.repeat(3);
		const builtIn = importFile({ name: 'b.csv', bytes: encode(units) }).problems;
		expect(builtIn.find((p) => p.code === 'kind_typo')).toMatchObject({
			line: 3,
			suggestion: '党建工作机构'
		});
		expect(builtIn.find((p) => p.code === 'kind_typo')!.text?.zh).toBe(
			'类型「党建工作机沟」只在第 3 行出现，是否是内置类型「党建工作机构」？'
		);
		const registry = sheet({ kinds: opinions2015Kinds }).problems;
		expect(registry.some((p) => p.code === 'kind_typo')).toBe(false);
	});
});
