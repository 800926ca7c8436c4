import { describe, expect, it } from 'vitest';
import { LAYERED_MOST, layeredLimit, layeredSize } from './layered-limit.js';
import { nationalInput } from './__fixtures__/inputs.js';
import type { LayoutInput, LayoutNode } from './types.js';

const box = (i: number, parent: number): LayoutNode => ({ id: `n${i}`, parent, width: 80, height: 30 });

/** A chain of `n` nodes, each the parent of the next, listed from the bottom up. */
function chain(n: number): LayoutInput {
	return { nodes: Array.from({ length: n }, (_, i) => box(i, i + 1 < n ? i + 1 : -1)), links: [] };
}

/**
 * One root over `chains` chains of ten, a relation from the foot of each chain to the head of
 * the next: each pushes the next chain below the last, and its line from the root grows.
 */
function stairs(chains: number): LayoutInput {
	const input: LayoutInput = { nodes: [box(0, -1)], links: [] };
	for (let c = 0; c < chains; c++) {
		const head = input.nodes.length;
		for (let k = 0; k < 10; k++) input.nodes.push(box(head + k, k ? head + k - 1 : 0));
		if (c) input.links.push({ from: head - 1, to: head });
	}
	return input;
}

describe('layeredSize(input)', () => {
	it('is the node count of a tree alone', () => {
		expect(layeredSize(chain(100))).toBe(100);
	});

	it('adds ten for a relation off the tree and a fifth of the ranks the lines cross', () => {
		// A root over three leaves; the relation puts the second leaf a rank below the first, so
		// the root's line to it crosses one rank more.
		const input: LayoutInput = {
			nodes: [box(0, -1), box(1, 0), box(2, 0), box(3, 0)],
			links: [{ from: 1, to: 2 }]
		};
		expect(layeredSize(input)).toBe(4 + 10 + 1);
	});

	it('counts the lines a relation lengthens by pushing a branch down', () => {
		// 701 nodes and 69 relations: dagre took 5 s.
		const input = stairs(70);
		expect(input.nodes.length + 10 * input.links.length).toBeLessThan(LAYERED_MOST);
		expect(layeredSize(input)).toBeGreaterThan(4 * LAYERED_MOST);
	});

	it('survives a cycle of parents and relations, and ends out of range', () => {
		const input: LayoutInput = {
			nodes: [box(0, 1), box(1, 0), box(2, 9), box(3, 3)],
			links: [
				{ from: 0, to: 2 },
				{ from: 2, to: 0 },
				{ from: 3, to: 7 }
			]
		};
		expect(Number.isFinite(layeredSize(input))).toBe(true);
	});
});

describe('layeredLimit(input)', () => {
	it('lets the layout place up to its most, and not one relation more', () => {
		const input = chain(LAYERED_MOST);
		expect(layeredLimit(input)).toBeUndefined();
		input.links = [{ from: 1, to: 2 }];
		expect(layeredLimit(input)).toMatchObject({ nodes: LAYERED_MOST, links: 1, most: LAYERED_MOST });
		expect(layeredLimit(input)!.size).toBeGreaterThan(LAYERED_MOST);
	});

	it('refuses a small chain whose relations cross it', () => {
		// 750 nodes and 75 relations across them: dagre took 10 s.
		const input = chain(750);
		input.links = Array.from({ length: 75 }, (_, k) => ({ from: k, to: 749 - k }));
		expect(layeredLimit(input)).toBeDefined();
	});

	it('lets it place a national chain of 1,000 nodes with its cross-links', () => {
		const input = nationalInput(1_000);
		expect(input.links.length).toBeGreaterThan(0);
		expect(layeredLimit(input)).toBeUndefined();
	});

	it('refuses a million nodes at once', () => {
		const input = nationalInput(1_000);
		input.nodes.length = 1_000_000;
		input.nodes.fill(box(0, -1), 1_000);
		const started = performance.now();
		expect(layeredLimit(input)?.size).toBeGreaterThanOrEqual(1_000_000);
		expect(performance.now() - started).toBeLessThan(5_000);
	});
});
