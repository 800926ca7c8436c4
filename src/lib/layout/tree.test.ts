import { describe, expect, it } from 'vitest';
import { treeLayout } from './tree.js';
import { inputOf, placedById, type NamedNode } from './__fixtures__/inputs.js';
import type { LayoutInput } from './types.js';

const box = (id: string, parent: string | null, width = 120, height = 50): NamedNode => ({
	id,
	parent,
	width,
	height
});

/** True when two placed boxes overlap. */
function overlap(input: LayoutInput, positions: ReturnType<typeof placedById>['positions']): boolean {
	for (const a of input.nodes)
		for (const b of input.nodes) {
			if (a === b) continue;
			const pa = positions.get(a.id)!;
			const pb = positions.get(b.id)!;
			if (Math.abs(pa.x - pb.x) * 2 < a.width + b.width && Math.abs(pa.y - pb.y) * 2 < a.height + b.height)
				return true;
		}
	return false;
}

describe('treeLayout(input, options)', () => {
	const chain = inputOf([
		box('r', null),
		box('a', 'r', 300),
		box('b', 'r', 80, 90),
		box('a1', 'a'),
		box('a2', 'a'),
		box('b1', 'b')
	]);
	/** The layout of an input, read by node id. */
	const lay = (input: LayoutInput, options?: Parameters<typeof treeLayout>[1]) =>
		placedById(input, treeLayout(input, options));

	it('separates siblings by their own widths and puts levels below the deepest box above', () => {
		const { positions } = lay(chain);
		expect(overlap(chain, positions)).toBe(false);
		expect(positions.get('b')!.x - positions.get('a')!.x).toBeGreaterThanOrEqual((300 + 80) / 2);
		expect(positions.get('a1')!.y - positions.get('a')!.y).toBeGreaterThanOrEqual((90 + 50) / 2);
		expect(positions.get('r')!.x).toBeCloseTo((positions.get('a')!.x + positions.get('b')!.x) / 2);
	});

	it('grows to the right when asked', () => {
		const { positions } = lay(chain, { direction: 'lr' });
		expect(treeLayout(chain, { direction: 'lr' }).orientation).toBe('lr');
		expect(positions.get('a')!.x).toBeGreaterThan(positions.get('r')!.x);
		expect(overlap(chain, positions)).toBe(false);
	});

	it('packs the trees of a forest into rows instead of one long line', () => {
		const forest = inputOf(
			Array.from({ length: 12 }, (_, i) => [box(`r${i}`, null), box(`c${i}`, `r${i}`)]).flat()
		);
		const { positions } = lay(forest, { aspect: 1.6 });
		expect(overlap(forest, positions)).toBe(false);
		const xs = forest.nodes.map((n) => positions.get(n.id)!.x);
		const ys = forest.nodes.map((n) => positions.get(n.id)!.y);
		const ratio = (Math.max(...xs) - Math.min(...xs) + 120) / (Math.max(...ys) - Math.min(...ys) + 50);
		expect(ratio).toBeGreaterThan(0.8);
		expect(ratio).toBeLessThan(3.2);
		// Reading order: the first tree is top-left, the next one to its right.
		expect(positions.get('r0')!.y).toBe(positions.get('r1')!.y);
		expect(positions.get('r1')!.x).toBeGreaterThan(positions.get('r0')!.x);
	});

	it('hangs the boxes of a level from one top edge', () => {
		const { positions } = lay(chain);
		expect(positions.get('a')!.y - 25).toBe(positions.get('b')!.y - 45);
	});

	it('stacks a wide fan of leaves in a column under its parent, with a spine for the lines', () => {
		const fan = inputOf([
			box('r', null),
			...Array.from({ length: 6 }, (_, i) => box(`l${i}`, 'r', 100 + 10 * i))
		]);
		const { positions, stacked } = lay(fan);
		expect(overlap(fan, positions)).toBe(false);
		const lefts = fan.nodes.slice(1).map((n) => positions.get(n.id)!.x - n.width / 2);
		expect(new Set(lefts).size).toBe(1);
		const ys = fan.nodes.slice(1).map((n) => positions.get(n.id)!.y);
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		expect(ys[0]).toBeGreaterThan(positions.get('r')!.y);
		expect(stacked?.get('l0')?.spine).toBeLessThan(lefts[0]);
		expect(stacked?.get('l0')?.turn).toBeGreaterThan(positions.get('r')!.y + 25);
		expect(stacked?.get('l0')?.turn).toBeLessThan(ys[0] - 25);
	});

	it('keeps fans spread in a row below the stacking threshold, and in left-right trees', () => {
		const fan = inputOf([box('r', null), ...Array.from({ length: 6 }, (_, i) => box(`l${i}`, 'r'))]);
		expect(lay(fan, { stackFrom: Infinity }).stacked).toBeUndefined();
		expect(lay(fan, { direction: 'lr' }).stacked).toBeUndefined();
		const row = lay(fan, { stackFrom: 7 }).positions;
		expect(new Set(fan.nodes.slice(1).map((n) => row.get(n.id)!.y)).size).toBe(1);
	});

	it('without stacks, wraps a wide fan of leaves into rows packed towards the aspect', () => {
		const fan = inputOf([box('r', null), ...Array.from({ length: 12 }, (_, i) => box(`l${i}`, 'r'))]);
		const { positions } = lay(fan, { stackFrom: Infinity, aspect: 16 / 9 });
		const rows = new Set(fan.nodes.slice(1).map((n) => positions.get(n.id)!.y));
		expect(rows.size).toBeGreaterThan(1);
		expect(overlap(fan, positions)).toBe(false);
		const xs = fan.nodes.map((n) => positions.get(n.id)!.x);
		const ys = fan.nodes.map((n) => positions.get(n.id)!.y);
		const ratio = (Math.max(...xs) - Math.min(...xs) + 120) / (Math.max(...ys) - Math.min(...ys) + 50);
		expect(Math.abs(Math.log(ratio / (16 / 9)))).toBeLessThan(Math.log(2));
	});

	describe('with many branches under one node', () => {
		// Twelve branches of two leaves each: one row of them would be about ten times wider than deep.
		const wide = inputOf([
			box('r', null),
			...Array.from({ length: 12 }, (_, i) => [
				box(`b${i}`, 'r'),
				box(`b${i}x`, `b${i}`),
				box(`b${i}y`, `b${i}`)
			]).flat()
		]);
		const branches = wide.nodes.filter((n) => n.parent === 0);
		const extent = (positions: Map<string, { x: number; y: number }>) => {
			const xs = wide.nodes.map((n) => positions.get(n.id)!.x);
			const ys = wide.nodes.map((n) => positions.get(n.id)!.y);
			return (Math.max(...xs) - Math.min(...xs) + 120) / (Math.max(...ys) - Math.min(...ys) + 50);
		};

		it('wraps them into rows in reading order, closer to the aspect, without overlaps', () => {
			const { positions } = lay(wide);
			const one = lay(wide, { wrapAbove: Infinity }).positions;
			expect(overlap(wide, positions)).toBe(false);
			const rows = [...new Set(branches.map((n) => positions.get(n.id)!.y))];
			expect(rows.length).toBeGreaterThan(1);
			expect(new Set(branches.map((n) => one.get(n.id)!.y)).size).toBe(1);
			expect(Math.abs(Math.log(extent(positions) / 1.6))).toBeLessThan(Math.abs(Math.log(extent(one) / 1.6)));
			const reading = [...branches].sort(
				(a, b) =>
					positions.get(a.id)!.y - positions.get(b.id)!.y || positions.get(a.id)!.x - positions.get(b.id)!.x
			);
			expect(reading.map((n) => n.id)).toEqual(branches.map((n) => n.id));
			// Each branch keeps its leaves below it.
			for (const b of branches) expect(positions.get(`${b.id}x`)!.y).toBeGreaterThan(positions.get(b.id)!.y);
		});

		it('gives each wrapped branch its route: a spine left of the rows, a turn above each row', () => {
			const { positions, wrapped } = lay(wide);
			expect([...wrapped!.keys()].sort()).toEqual(branches.map((n) => n.id).sort());
			const root = positions.get('r')!;
			for (const b of branches) {
				const { spine, turn, rowTurn } = wrapped!.get(b.id)!;
				const at = positions.get(b.id)!;
				expect(spine).toBeLessThan(at.x - 60);
				expect(turn).toBeGreaterThan(root.y + 25);
				expect(rowTurn).toBeGreaterThanOrEqual(turn);
				expect(rowTurn).toBeLessThan(at.y - 25);
			}
			expect(branches.some((b) => wrapped!.get(b.id)!.rowTurn > wrapped!.get(b.id)!.turn)).toBe(true);
		});

		it('leaves rows of leaves, left-right trees and a chain of few branches alone', () => {
			expect(treeLayout(wide, { direction: 'lr' }).turns).toBeUndefined();
			expect(lay(chain).wrapped).toBeUndefined();
		});
	});
});
