import { describe, expect, it } from 'vitest';
import { importFile } from './import-file.js';
import { ImportLog } from './import-log.js';
import { importLimits } from './import-limits.js';

describe('the problems an import lists, past the hundred it lists', () => {
	it('are those nearest the top of the file, whichever check found them first', () => {
		// Rows 2–151 name a parent no row has; rows 152–301 repeat an id. The checks find the
		// repeated ids first, on the lower half of the file.
		const lines = ['编号,名称,上级'];
		for (let i = 0; i < 150; i++) lines.push(`U${i},单位${i},NOPE${i}`);
		for (let i = 0; i < 150; i++) lines.push(`D,重复${i},`);
		const result = importFile({ name: 'units.csv', bytes: new TextEncoder().encode(lines.join('\n')) });
		const listed = result.problems.map((p) => p.line ?? 0);
		expect(listed).toHaveLength(100);
		expect(result.moreProblems).toBeGreaterThan(100);
		expect(Math.max(...listed)).toBeLessThanOrEqual(151);
		expect(listed).toEqual([...listed].sort((a, b) => a - b));
	});
	it('tells whether a problem would be listed, so that what it offers is worked out only then', () => {
		const log = new ImportLog({ units: 'units.csv', relations: 'relations.csv' });
		const problem = { zh: '问题', en: 'A problem' };
		for (let row = 10; row < 10 + importLimits.problems; row++) {
			expect(log.lists('units', row)).toBe(true);
			log.problem('units', 'unknown_parent', problem, { row });
		}
		// Full: only a row above the lowest listed one would still be listed.
		expect(log.lists('units', 5)).toBe(true);
		expect(log.lists('units', 10 + importLimits.problems)).toBe(false);
		expect(log.lists('relations', 2)).toBe(false);
	});
	it('offers the names nearest an unknown parent on the listed problems', () => {
		const lines = ['编号,名称,上级', 'A,县委组织部,'];
		for (let i = 0; i < 300; i++) lines.push(`U${i},单位${i},县委组织布`);
		const result = importFile({ name: 'units.csv', bytes: new TextEncoder().encode(lines.join('\n')) });
		const listed = result.problems.filter((p) => p.code === 'unknown_parent');
		expect(listed).toHaveLength(importLimits.problems);
		expect(listed.every((p) => p.suggestion === '县委组织部')).toBe(true);
	});
});
