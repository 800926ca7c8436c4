import { describe, expect, it } from 'vitest';
import { LAYERED_MOST, layeredLimit, layeredSize } from './layered-limit.js';
import { nationalInput } from './__fixtures__/inputs.js';
import type { LayoutInput } from './types.js';

/** A chain of `n` nodes, each the parent of the next, listed from the bottom up. */
function chain(n: number): LayoutInput {
	const nodes = Array.from({ length: n }, (_, i) => ({
		id: `n${i}`,
		parent: i + 1 < n ? i + 1 : -1,
		width: 80,
		height: 30
	}));
	return { nodes, links: [] };
}

describe('layeredSize(input)', () => {
	it('counts the nodes, and each relation off the tree as ten nodes or the levels it spans', () => {
		const input = chain(100);
		expect(layeredSize(input)).toBe(100);
		// The chain is listed bottom up: node 99 is the root, node 0 at depth 99.
		input.links = [
			{ from: 0, to: 99 },
			{ from: 50, to: 52 }
		];
		expect(layeredSize(input)).toBe(100 + 99 + 10);
	});

	it('survives a parent out of range and a cycle of parents', () => {
		const input: LayoutInput = {
			nodes: [
				{ id: 'a', parent: 1, width: 1, height: 1 },
				{ id: 'b', parent: 0, width: 1, height: 1 },
				{ id: 'c', parent: 9, width: 1, height: 1 }
			],
			links: [{ from: 0, to: 2 }]
		};
		expect(layeredSize(input)).toBe(13);
	});
});

describe('layeredLimit(input)', () => {
	it('lets the layout place up to its most, and not one relation more', () => {
		const input = chain(LAYERED_MOST);
		expect(layeredLimit(input)).toBeUndefined();
		input.links = [{ from: 1, to: 2 }];
		expect(layeredLimit(input)).toEqual({
			layout: 'layered',
			nodes: LAYERED_MOST,
			links: 1,
			size: LAYERED_MOST + 10,
			most: LAYERED_MOST
		});
	});

	it('refuses a small chain whose relations cross many levels', () => {
		// 750 nodes and 75 relations across them: dagre took 10 s.
		const input = chain(750);
		input.links = Array.from({ length: 75 }, (_, k) => ({ from: k, to: 749 - k }));
		expect(layeredLimit(input)?.size).toBeGreaterThan(40_000);
	});

	it('lets it place a national chain of 1,000 nodes with its cross-links', () => {
		const input = nationalInput(1_000);
		expect(input.links.length).toBeGreaterThan(0);
		expect(layeredLimit(input)).toBeUndefined();
	});
});
