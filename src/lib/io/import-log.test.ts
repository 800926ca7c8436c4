import { describe, expect, it } from 'vitest';
import { importFile } from './import-file.js';

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
});
