import { describe, expect, it } from 'vitest';
import { treeLayout } from './tree.js';
import type { LayoutInput, LayoutNode } from './types.js';

const box = (id: string, parent: string | null, width = 120, height = 50): LayoutNode => ({
	id,
	parent,
	width,
	height
});

/** True when two placed boxes overlap. */
function overlap(input: LayoutInput, positions: Map<string, { x: number; y: number }>): boolean {
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
	const chain: LayoutInput = {
		nodes: [
			box('r', null),
			box('a', 'r', 300),
			box('b', 'r', 80, 90),
			box('a1', 'a'),
			box('a2', 'a'),
			box('b1', 'b')
		],
		links: []
	};

	it('separates siblings by their own widths and puts levels below the deepest box above', () => {
		const { positions } = treeLayout(chain);
		expect(overlap(chain, positions)).toBe(false);
		expect(positions.get('b')!.x - positions.get('a')!.x).toBeGreaterThanOrEqual((300 + 80) / 2);
		expect(positions.get('a1')!.y - positions.get('a')!.y).toBeGreaterThanOrEqual((90 + 50) / 2);
		expect(positions.get('r')!.x).toBeCloseTo((positions.get('a')!.x + positions.get('b')!.x) / 2);
	});

	it('grows to the right when asked', () => {
		const { positions, orientation } = treeLayout(chain, { direction: 'lr' });
		expect(orientation).toBe('lr');
		expect(positions.get('a')!.x).toBeGreaterThan(positions.get('r')!.x);
		expect(overlap(chain, positions)).toBe(false);
	});

	it('packs the trees of a forest into rows instead of one long line', () => {
		const forest: LayoutInput = {
			nodes: Array.from({ length: 12 }, (_, i) => [box(`r${i}`, null), box(`c${i}`, `r${i}`)]).flat(),
			links: []
		};
		const { positions } = treeLayout(forest, { aspect: 1.6 });
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
		const { positions } = treeLayout(chain);
		expect(positions.get('a')!.y - 25).toBe(positions.get('b')!.y - 45);
	});

	it('stacks a wide fan of leaves in a column under its parent, with a spine for the lines', () => {
		const fan: LayoutInput = {
			nodes: [box('r', null), ...Array.from({ length: 6 }, (_, i) => box(`l${i}`, 'r', 100 + 10 * i))],
			links: []
		};
		const { positions, stacked } = treeLayout(fan);
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
		const fan: LayoutInput = {
			nodes: [box('r', null), ...Array.from({ length: 6 }, (_, i) => box(`l${i}`, 'r'))],
			links: []
		};
		expect(treeLayout(fan, { stackFrom: Infinity }).stacked).toBeUndefined();
		expect(treeLayout(fan, { direction: 'lr' }).stacked).toBeUndefined();
		const row = treeLayout(fan, { stackFrom: 7 }).positions;
		expect(new Set(fan.nodes.slice(1).map((n) => row.get(n.id)!.y)).size).toBe(1);
	});

	it('is deterministic', () => {
		expect(treeLayout(chain)).toEqual(treeLayout(chain));
	});
});
