import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir, writeTemp } from '#lib/export/__fixtures__/programs.js';
import { readXlsx } from './read-xlsx.js';
import { importFile } from './import-file.js';
import { templateCsv, templateXlsx } from './import-template.js';
import { RELATION_COLUMNS, UNIT_COLUMNS } from './import-template-columns.js';
import { opinions2015Kinds } from '#lib/data/opinions-2015-kinds.js';

describe('templateCsv() and templateXlsx()', () => {
	it('import as they are, with no problem, the kinds taking their built-in colours', () => {
		for (const [name, bytes] of [
			['template.csv', templateCsv()],
			['template.xlsx', templateXlsx()]
		] as const) {
			const result = importFile({ name, bytes });
			expect(result.problems).toEqual([]);
			expect(result.dataset.nodes).toHaveLength(5);
			const committee = result.dataset.kinds.nodes.find((k) => k.label.zh === '党委');
			expect(committee?.color).toBe(opinions2015Kinds.nodes.find((k) => k.id === 'party-committee')!.color);
		}
		expect(importFile({ name: 'template.xlsx', bytes: templateXlsx() }).dataset.edges).toHaveLength(5);
	});

	it('map every column the importer reads, and explain each in Chinese and English in the guide sheet', () => {
		const [units, relations, guide] = readXlsx(templateXlsx(), 3).sheets;
		expect(units.table.header).toEqual(UNIT_COLUMNS.map((c) => c.header));
		expect(relations.table.header).toEqual(RELATION_COLUMNS.map((c) => c.header));
		const explained = guide.table.rows.map((r) => r.cells[1]);
		expect(explained).toEqual([...UNIT_COLUMNS, ...RELATION_COLUMNS].map((c) => c.header));
		for (const r of guide.table.rows) {
			expect(String(r.cells[3])).toMatch(/\p{Script=Han}/u);
			expect(String(r.cells[4])).toMatch(/^[A-Z]/);
		}
		const mapped = importFile({ name: 'template.csv', bytes: templateCsv() }).mapping.units;
		expect(Object.values(mapped).sort()).toEqual(
			['上级单位', '单位名称', '单位类型', '地区', '编号', '英文名称'].sort()
		);
	});
});

describe('templateXlsx() in LibreOffice', () => {
	it('opens, and its units sheet reads back as the CSV template has it', { timeout: 150_000 }, () => {
		const dir = tempDir();
		const path = writeTemp(dir, 'template.xlsx', templateXlsx());
		// Comma, double quote, UTF-8 (76): LibreOffice would guess the encoding from the locale.
		const filter = 'csv:Text - txt - csv (StarCalc):44,34,76';
		const env = { ...process.env, HOME: dir };
		run(
			'libreoffice',
			[
				`-env:UserInstallation=file://${dir}/profile`,
				'--headless',
				'--convert-to',
				filter,
				'--outdir',
				dir,
				path
			],
			{ timeout: 120_000, env }
		);
		const csv = readFileSync(join(dir, 'template.csv'), 'utf8').trim().split(/\r?\n/);
		const expected = new TextDecoder()
			.decode(templateCsv())
			.replace(/^\ufeff/, '')
			.trim()
			.split(/\r?\n/);
		expect(csv).toEqual(expected);
	});
});
