import { describe, expect, it } from 'vitest';
import { importFile } from './import-file.js';
import { importLimits } from './import-limits.js';
import { workbook } from './__fixtures__/workbook.js';

const encode = (text: string) => new TextEncoder().encode(text);
/** 300 units all with the id `a`: 299 problems and 299 rows left out, each once naming its file. */
const dupes = ['编号,名称', ...Array.from({ length: 300 }, (_, i) => `a,名${i}`)].join('\n');
const long = 'n'.repeat(200_000);

// A name is repeated by every problem and row left out: a 200 KB multipart file name made a
// 403 MB answer, a 4 MB one a 500 and 780 MB of server memory.
describe('file and sheet names in an import', () => {
	it('cuts a long file name once, before the problems and the rows left out repeat it', () => {
		const result = importFile({ name: `${long}.csv`, bytes: encode(dupes) });
		expect(result.format).toBe('csv');
		const name = `${'n'.repeat(importLimits.nameChars - 1)}…`;
		expect(result.problems[0]).toMatchObject({ file: name, line: 3, code: 'duplicate_id' });
		expect(result.problems.every((p) => p.file === name && p.path.length < 300)).toBe(true);
		// The answer names the file once; each row left out names its table.
		expect(result.files).toEqual({ units: name });
		expect(result.skipped.every((s) => s.sheet === 'units' && !('file' in s))).toBe(true);
		// Past the first rows left out, their cells are not repeated either.
		expect(result.skipped[importLimits.problems]).toMatchObject({ row: 103, cells: [] });
	});

	it('cuts the names an import is given in its options and a relations file name', () => {
		const result = importFile(
			{ name: 'units.csv', bytes: encode('编号,名称\na,名0\na,名1') },
			{ name: long, bytes: encode('上级,下级\nx,y') },
			{ files: { units: 'u'.repeat(200_000) } }
		);
		const files = new Set(result.problems.map((p) => p.file));
		expect([...files].map((f) => f?.length)).toEqual([importLimits.nameChars, importLimits.nameChars]);
	});

	it('cuts a workbook sheet name', () => {
		const rows = ['编号', ...Array.from({ length: 5 }, () => 'a')]
			.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${v}</t></is></c></row>`)
			.join('');
		const result = importFile({ name: 'a.xlsx', bytes: workbook(rows, { sheetName: long }) });
		expect(result.problems.length).toBeGreaterThan(0);
		expect(result.problems[0].file).toBe(`a.xlsx › ${'n'.repeat(importLimits.nameChars - 1)}…`);
	});
});
