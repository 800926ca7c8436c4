import { describe, expect, it } from 'vitest';
import { importFile } from './import-file.js';
import { importLimits } from './import-limits.js';
import { cpuMs, workbook } from './__fixtures__/workbook.js';
import { cellName } from './xlsx-sheet.js';
import { sharingFile } from '#lib/packed/__fixtures__/sharing-file.js';

const xlsx = (bytes: Uint8Array) => importFile({ name: 'attack.xlsx', bytes });
const csv = (text: string) => importFile({ name: 'ring.csv', bytes: new TextEncoder().encode(text) });

/** The only problem of a refused file, checked to be located and said in both languages. */
function refusal(result: ReturnType<typeof importFile>) {
	expect(result.complete).toBe(false);
	expect(result.problems).toHaveLength(1);
	const [p] = result.problems;
	expect(p.code).toBe('unreadable');
	expect(p.text?.zh).toMatch(/[\u4e00-\u9fff]/);
	expect(p.text?.en).toBe(p.message);
	return p;
}

/** A CSV of `n` units whose parents form one ring. */
function ring(n: number): string {
	const lines = ['编号,名称,上级'];
	for (let i = 0; i < n; i++) lines.push(`U${i},单位${i},U${(i + 1) % n}`);
	return lines.join('\n');
}

// Each of these took the server down or held it for seconds before the readers were bounded;
// CPU time is asserted, not the clock, so a busy machine does not fail them.
describe('hostile uploads are answered at once, located', () => {
	it('refuses a row number past the last row a sheet has, without filling rows up to it', () => {
		const bytes = workbook(
			'<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row><row r="2000000000"/>'
		);
		expect(bytes.length).toBeLessThan(1024);
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = xlsx(bytes)))).toBeLessThan(1000);
		expect(refusal(result)).toMatchObject({
			file: 'attack.xlsx › 名单',
			line: 1,
			path: 'attack.xlsx › 名单, row 1'
		});
		expect(result.problems[0].message).toMatch(
			/row number "2000000000" is not a whole number from 1 to 1,048,576/
		);
	});

	it('reads the last row a sheet can have as one row, not a million', () => {
		const bytes = workbook(
			'<row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>' +
				'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>末行</t></is></c></row>'
		);
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = xlsx(bytes)))).toBeLessThan(1000);
		expect(result.problems).toEqual([]);
		expect(result.dataset.nodes.map((n) => n.id)).toEqual(['row-1048576']);
	});

	it('refuses 2 KB of unclosed tags as XML that is not valid, at once', () => {
		const bytes = workbook('<row><c><v>1'.repeat(170));
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = xlsx(bytes)))).toBeLessThan(1000);
		expect(refusal(result).message).toMatch(/"xl\/worksheets\/sheet1.xml" in the workbook is not valid XML/);
	});

	it('refuses a seven-letter cell reference at its cell', () => {
		const bytes = workbook('<row r="1"><c r="AAAAAAA1"><v>1</v></c></row>');
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = xlsx(bytes)))).toBeLessThan(1000);
		expect(refusal(result)).toMatchObject({
			line: 1,
			field: 'AAAAAAA1',
			path: 'attack.xlsx › 名单, row 1, cell AAAAAAA1'
		});
		expect(result.problems[0].text?.zh).toBe('单元格引用“AAAAAAA1”无效：工作表的单元格从 A1 到 XFD1048576。');
	});

	it('refuses a cell beyond the import’s columns, and cells placed out of order', () => {
		expect(refusal(xlsx(workbook('<row r="1"><c r="XFD1"><v>1</v></c></row>'))).field).toBe('XFD1');
		expect(refusal(xlsx(workbook('<row r="3"><c r="A2"><v>1</v></c></row>'))).message).toMatch(
			/is not on that row/
		);
		expect(refusal(xlsx(workbook('<row r="2"/><row r="1"/>'))).message).toBe(
			"Row 1 comes after row 2; a worksheet's rows must be in order."
		);
	});

	it('stops unpacking a small archive that would unpack to more than the budget', { timeout: 20_000 }, () => {
		const spaces = new Uint8Array(importLimits.xmlBytes + 1024).fill(0x20);
		const bytes = workbook('', { sheet: spaces });
		expect(bytes.length).toBeLessThan(300_000);
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = xlsx(bytes)))).toBeLessThan(2000);
		expect(refusal(result).message).toBe(
			'The workbook unpacks to more than 32 MB, the most one import reads.'
		);
	});

	it('refuses a shared string longer than an Excel cell at the first cell that names it', () => {
		// 54 KB: one 100 KB shared string named by 20,000 cells; the answer could not be written (500).
		const cells = '<c t="s"><v>0</v></c>'.repeat(100);
		const rows = Array.from({ length: 200 }, (_, r) => `<row r="${r + 2}">${cells}</row>`).join('');
		const bytes = workbook(`<row r="1"><c t="inlineStr"><is><t>名称</t></is></c></row>${rows}`, {
			shared: `<si><t>${'X'.repeat(100_000)}</t></si>`
		});
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = xlsx(bytes)))).toBeLessThan(1000);
		expect(refusal(result)).toMatchObject({
			path: 'attack.xlsx › 名单, row 2, cell A2',
			message: 'The cell holds 100,000 characters; an Excel cell holds at most 32,767.'
		});
	});

	it('refuses more cell text than the budget, however the shared strings repeat it, at the cell', () => {
		// 1,200 cells naming one 30,000-character string: 36 million characters from a few KB.
		const cells = '<c t="s"><v>0</v></c>'.repeat(100);
		const rows = Array.from({ length: 12 }, (_, r) => `<row r="${r + 2}">${cells}</row>`).join('');
		const bytes = workbook(`<row r="1"><c t="inlineStr"><is><t>名称</t></is></c></row>${rows}`, {
			shared: `<si><t>${'X'.repeat(30_000)}</t></si>`
		});
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = xlsx(bytes)))).toBeLessThan(1000);
		// The header's two characters and 1,118 cells fit in 32 MiB characters; the 1,119th, S13, does not.
		const cell = Math.floor(importLimits.cellText / 30_000) + 1;
		const row = 2 + Math.floor((cell - 1) / 100);
		expect(refusal(result)).toMatchObject({ line: row, field: cellName((cell - 1) % 100, row) });
		expect(result.problems[0].text).toEqual({
			zh: '工作簿各单元格的文字合计超过 33,554,432 个字符，这是一次导入的上限（多个单元格引用同一个共享字符串时，每次都计入）。',
			en: "The workbook's cells hold more than 33,554,432 characters of text in all, the most one import reads (a shared string counts each time a cell uses it)."
		});
	});

	it.each([
		['50 KB', 2_500],
		['129 KB', 6_000]
	])('reports a ring of parents (%s) once, with its units, in a small answer', (_size, n) => {
		const text = ring(n);
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = csv(text)))).toBeLessThan(2000);
		const cycles = result.problems.filter((p) => p.code === 'cycle');
		expect(cycles).toHaveLength(1);
		expect(cycles[0]).toMatchObject({ line: 2, field: '上级' });
		expect(cycles[0].message).toMatch(
			new RegExp(
				`^The parents go round in a cycle of ${n} unit\\(s\\) \\(rows 2, 3, .* and ${n - 20} more\\): 单位0 → 单位1 → `
			)
		);
		expect(result.skipped).toHaveLength(n);
		expect(JSON.stringify(result.problems).length).toBeLessThan(10_000);
		expect(JSON.stringify(result).length).toBeLessThan(100 * n);
	});

	it('names 20,000 namesakes of an ambiguous parent without listing them 20,000 times', () => {
		const lines = ['编号,名称,上级'];
		for (let i = 0; i < 20_000; i++) lines.push(`U${i},同名,同名`);
		// Every namesake kept as a unit of its own, as the user chose: the parent is then ambiguous.
		const sameName = lines.slice(1).map((_, i) => ({ row: i + 2, choice: 'keep' as const }));
		const bytes = new TextEncoder().encode(lines.join('\n'));
		let result!: ReturnType<typeof importFile>;
		expect(
			cpuMs(() => (result = importFile({ name: 'ring.csv', bytes }, undefined, { sameName })))
		).toBeLessThan(2000);
		expect(result.problems[0].message).toMatch(
			/matches the names on rows 2, 3, .* and 19980 more\. Use the parent's id\.$/
		);
	});

	it('lists the first 100 problems and counts the rest', () => {
		const lines = ['编号,名称,上级'];
		for (let i = 0; i < 5000; i++) lines.push(`U${i},单位${i},X${i}`);
		const result = csv(lines.join('\n'));
		expect(result.problems).toHaveLength(importLimits.problems);
		expect(result.moreProblems).toBe(5000 - importLimits.problems);
		expect(result.complete).toBe(false);
	});

	it('refuses a table over the caps at the row that crosses them', () => {
		const wide = `${Array.from({ length: importLimits.columns + 1 }, (_, i) => `c${i}`).join(',')}\n`;
		expect(refusal(csv(`名称\n甲\n${wide}`))).toMatchObject({ line: 3, path: 'ring.csv, row 3' });
		const tall = `名称\n${'甲\n'.repeat(importLimits.rows + 1)}`;
		expect(refusal(csv(tall)).message).toBe(
			'The table has more than 200,000 rows, the most one import reads. Split the file.'
		);
	});

	it('refuses a packed file whose 30,000 units all name one 2.5 MB extra string, at the unit', () => {
		// It was parsed once per unit: a minute of the server's only worker, or its memory exhausted.
		const bytes = sharingFile(30_000, 'x'.repeat(2_500_000), 'extra');
		expect(bytes.length).toBeLessThan(5 * 2 ** 20);
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = importFile({ name: 'attack.tiaokuai', bytes })))).toBeLessThan(2000);
		expect(refusal(result).message).toMatch(
			/^Chunk 1 \(byte \d+\), nodes\[\d+\]\.extra: the records take up \d+ characters of text, more than 4 for each of the \d+ bytes read/
		);
		expect(result.problems[0].text?.zh).toMatch(
			/^第 1 块（字节 \d+）nodes\[\d+\]\.extra：记录用到的文字已达/
		);
	});

	it('refuses a units table longer than a chart may be, at the first row past it, before any unit is built', () => {
		// The same 5 MB as the body limit lets through: a chain of parents that once took 4 s of CPU.
		const lines = ['编号,名称,上级'];
		for (let i = 0; i < 200_000; i++) lines.push(`U${i},单位${i},U${i + 1}`);
		let result!: ReturnType<typeof importFile>;
		expect(cpuMs(() => (result = csv(lines.join('\n'))))).toBeLessThan(2000);
		expect(refusal(result)).toMatchObject({ line: importLimits.units + 2 });
		expect(result.problems[0].text?.zh).toBe(
			'单位表超过 50,000 行，而一张图最多有 50,000 个单位。请拆分成几张图。'
		);
		const most = [
			'编号,名称,上级',
			...Array.from({ length: importLimits.units }, (_, i) => `U${i},单位${i},`)
		];
		expect(csv(most.join('\n')).dataset.nodes).toHaveLength(importLimits.units);
	});
});
