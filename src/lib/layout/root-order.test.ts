import { describe, expect, it } from 'vitest';
import { treeLayout } from './tree.js';
import { inputOf, placedById, type NamedNode } from './__fixtures__/inputs.js';

const root = (id: string): NamedNode => ({ id, parent: null, width: 120, height: 50 });
const roots = (count: number) => Array.from({ length: count }, (_, i) => root(`r${i}`));

/** The distance between two placed boxes' centres. */
function apart(positions: Map<string, { x: number; y: number }>, a: string, b: string): number {
	const p = positions.get(a)!;
	const q = positions.get(b)!;
	return Math.hypot(p.x - q.x, p.y - q.y);
}

describe('the order a forest of a few trees is packed in (rootOrder, through treeLayout)', () => {
	it('keeps input order when no link joins two trees', () => {
		const input = inputOf(roots(6));
		const { positions } = placedById(input, treeLayout(input));
		const first = [...positions.values()].filter((p) => p.y === positions.get('r0')!.y);
		expect(first.length).toBeGreaterThan(1);
		for (let i = 1; i < first.length; i++) expect(first[i].x).toBeGreaterThan(first[i - 1].x);
	});

	it('puts two trees joined by links side by side instead of at opposite ends', () => {
		const links: [string, string][] = [
			['r0', 'r5'],
			['r5', 'r0'],
			['r0', 'r5']
		];
		const before = placedById(inputOf(roots(6)), treeLayout(inputOf(roots(6))));
		const input = inputOf(roots(6), links);
		const { positions } = placedById(input, treeLayout(input));
		expect(apart(before.positions, 'r0', 'r5')).toBeGreaterThan(300);
		// Next to each other: one box and the gap between trees (3 × 24) apart, in a row or a column.
		expect(apart(positions, 'r0', 'r5')).toBeLessThanOrEqual(120 + 3 * 24 + 1);
	});

	it('takes a link off the box it ran through', () => {
		// r0 and r2 linked, r1 between them in input order: the link ran straight through r1.
		const input = inputOf(roots(3), [['r0', 'r2']]);
		const { positions } = placedById(input, treeLayout(input, { aspect: 100 }));
		const [a, b, between] = [positions.get('r0')!, positions.get('r2')!, positions.get('r1')!];
		expect(a.y).toBe(b.y);
		expect(Math.min(a.x, b.x) < between.x && between.x < Math.max(a.x, b.x)).toBe(false);
	});

	it("keeps the chart's head in the first row, however its links would place it", () => {
		// Nine roots pack three to a row; the head, last in input order, would open the third row.
		const links: [string, string][] = [
			['r0', 'r1'],
			['r2', 'r3']
		];
		const input = { ...inputOf(roots(9), links), head: 8 };
		const { positions } = placedById(input, treeLayout(input, { aspect: 1 }));
		const top = Math.min(...[...positions.values()].map((p) => p.y));
		expect(
			placedById(inputOf(roots(9), links), treeLayout(inputOf(roots(9), links), { aspect: 1 })).positions.get(
				'r8'
			)!.y
		).toBeGreaterThan(top);
		expect(positions.get('r8')!.y).toBe(top);
	});

	it('prefers links that run the way the trees grow', () => {
		// r1 leads r0: stacked below it in input order, the link would run up; as short either way.
		const input = inputOf(roots(3), [['r1', 'r0']]);
		const { positions } = placedById(input, treeLayout(input, { aspect: 0.2 }));
		expect(positions.get('r1')!.y).toBeLessThan(positions.get('r0')!.y);
	});

	it('keeps input order in a forest of more than twelve trees', () => {
		const input = inputOf(roots(13), [['r0', 'r12']]);
		const plain = inputOf(roots(13));
		expect(treeLayout(input).positions).toEqual(treeLayout(plain).positions);
	});
});
