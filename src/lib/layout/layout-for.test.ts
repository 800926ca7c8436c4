import { describe, expect, it } from 'vitest';
import { LAYERED_MOST, layoutFor, layoutLimit } from './layout-for.js';
import { nationalInput } from './__fixtures__/inputs.js';

describe('layoutLimit(kind, nodes, links)', () => {
	it('refuses the layered layout past its most, a link counting as ten nodes, and only it', () => {
		expect(layoutLimit('layered', LAYERED_MOST, 0)).toBeUndefined();
		expect(layoutLimit('layered', LAYERED_MOST - 100, 10)).toBeUndefined();
		expect(layoutLimit('layered', 1_000, 51)).toEqual({
			layout: 'layered',
			nodes: 1_000,
			links: 51,
			size: 1_510,
			most: LAYERED_MOST
		});
		expect(layoutLimit('layered', 200, 200)?.size).toBe(2_200);
		for (const kind of ['tree-tb', 'tree-lr', 'radial', undefined] as const)
			expect(layoutLimit(kind, 1_000_000, 1_000_000)).toBeUndefined();
	});
});

describe('layoutFor(kind, input)', () => {
	it('lays a view too large to be layered out as a top-down tree, as fast as one', () => {
		const input = nationalInput(20_000);
		const started = performance.now();
		const laid = layoutFor('layered', input);
		// dagre took over a minute at half this size; a tree of it takes a fraction of a second.
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(laid.orientation).toBe('tb');
		expect(laid.positions).toEqual(layoutFor('tree-tb', input).positions);
	});

	it('lays a small view with many relations off the tree out as a tree too', () => {
		// dagre took 2.3 s for 200 nodes and 400 random links; 1,000 nodes and 3,000 ran it out of memory.
		const input = nationalInput(200);
		input.links = Array.from({ length: 200 }, (_, i) => ({ from: (i * 37) % 200, to: (i * 101 + 7) % 200 }));
		expect(layoutFor('layered', input).orientation).toBe('tb');
	});

	it('layers a view within the limit', () => {
		expect(layoutFor('layered', nationalInput(200)).orientation).toBe('layered');
	});
});
