import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { opinions2015Kinds } from '#lib/data/opinions-2015-kinds.js';
import { importFile } from './import-file.js';

/** A county sheet with 县委组织部 twice (rows 3 and 6) and 县委组织部 mistyped 县委组织布 on row 4. */
const NAME = 'units-with-mistakes.csv';
const bytes = new Uint8Array(
	readFileSync(fileURLToPath(new URL(`../../../tests/__fixtures__/${NAME}`, import.meta.url)))
);
const sheet = (options = {}) => importFile({ name: NAME, bytes }, undefined, options);

describe('importFile catches the mistakes people make in a sheet', () => {
	it('reports a repeated unit name with both rows, as a choice rather than an error', () => {
		const twin = sheet().problems.find((p) => p.code === 'duplicate_name')!;
		expect(twin).toMatchObject({ file: NAME, line: 6, rows: [3, 6], severity: 'warning' });
		expect(twin.text?.zh).toBe(
			'单位名称「县委组织部」与第 3 行相同。请选择合并为一个单位，或保留为两个单位。'
		);
	});

	it('merges the rows when asked, the later row listed as merged, or keeps both without a word', () => {
		const merged = sheet({ sameName: [{ row: 6, choice: 'merge' }] });
		expect(merged.problems.some((p) => p.code === 'duplicate_name')).toBe(false);
		expect(merged.dataset.nodes.filter((n) => n.label.zh === '县委组织部')).toHaveLength(1);
		expect(merged.skipped.find((s) => s.row === 6)).toMatchObject({ reason: 'merged' });
		const kept = sheet({ sameName: [{ row: 6, choice: 'keep' }] });
		expect(kept.problems.some((p) => p.code === 'duplicate_name')).toBe(false);
		expect(kept.dataset.nodes.filter((n) => n.label.zh === '县委组织部')).toHaveLength(2);
	});

	it('offers the nearest names for an unknown parent, by edit distance and pinyin', () => {
		const unknown = sheet().problems.find((p) => p.code === 'unknown_parent')!;
		expect(unknown).toMatchObject({ line: 4, field: '上级单位', suggestion: '县委组织部' });
		expect(unknown.suggestions?.[0]).toBe('县委组织部');
		expect(unknown.text?.zh).toMatch(
			/^找不到上级「县委组织布」：没有哪一行的编号或名称是它。是否是「县委组织部」/
		);
		expect(unknown.text?.en).toMatch(/Did you mean "县委组织部"/);
	});

	it('lists a left-out row with its file and its cells', () => {
		const result = sheet();
		const left = result.skipped.find((s) => s.row === 4)!;
		expect(left).toMatchObject({ sheet: 'units', reason: 'problem', codes: ['unknown_parent'] });
		expect(result.files[left.sheet]).toBe(NAME);
		expect(left.cells).toEqual(['县委社会工作部', '县委组织布', '党建工作机构', '某县']);
	});

	it('gives kinds named as the built-in ones, in either language, their colour and shape', () => {
		const fixed = sheet({
			fixes: [{ sheet: 'units', row: 4, field: 'parent', value: '县委组织部' }],
			sameName: [{ row: 6, choice: 'merge' }]
		});
		expect(fixed.complete).toBe(false);
		expect(fixed.problems).toEqual([]);
		const kinds = new Map(fixed.dataset.kinds.nodes.map((k) => [k.label.zh, k]));
		for (const zh of ['党委', '党建工作机构', '部门', '社会组织党组织']) {
			const builtIn = opinions2015Kinds.nodes.find((k) => k.label.zh === zh)!;
			expect(kinds.get(zh)).toMatchObject({ id: builtIn.id, color: builtIn.color, shape: builtIn.shape });
		}
		const english = importFile({
			name: 'en.csv',
			bytes: new TextEncoder().encode('name,parent,kind\nCounty committee,,party committee\n')
		});
		expect(english.dataset.nodes[0].kind).toBe('party-committee');
	});
});
