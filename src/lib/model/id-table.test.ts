import { describe, expect, it } from 'vitest';
import { IdTable } from './id-table.js';

describe('IdTable', () => {
	it('finds the position of every id and -1 for others, through collisions and growth', () => {
		const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`);
		const table = new IdTable(ids);
		for (let i = 0; i < ids.length; i += 7) expect(table.get(ids[i])).toBe(i);
		expect(table.get('n5000')).toBe(-1);
		expect(table.get('')).toBe(-1);
	});

	it('tells apart ids of other scripts and lengths, and keeps the last of repeated ids', () => {
		const table = new IdTable(['县', '县级', '', 'a', 'a', 'α']);
		expect([table.get('县'), table.get('县级'), table.get(''), table.get('a'), table.get('α')]).toEqual([
			0, 1, 2, 4, 5
		]);
		expect(new IdTable([]).get('a')).toBe(-1);
	});

	it('filled a range at a time, answers as one filled at once, repeated ids included', () => {
		const ids = Array.from({ length: 1000 }, (_, i) => `n${i % 900}`);
		const whole = new IdTable(ids);
		const ranged = new IdTable(ids, { unfilled: true });
		expect(ranged.get('n5')).toBe(-1);
		for (let from = 0; from < ids.length; from += 64) ranged.add(from, Math.min(ids.length, from + 64));
		for (const id of [...new Set(ids), 'n900', '']) expect(ranged.get(id), id).toBe(whole.get(id));
		expect(ranged.get('n5')).toBe(905);
	});
});
