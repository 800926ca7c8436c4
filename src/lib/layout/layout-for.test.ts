import { describe, expect, it } from 'vitest';
import { layoutFor } from './layout-for.js';
import { nationalInput } from './__fixtures__/inputs.js';

describe('layoutFor(kind, input)', () => {
	it('lays a view too large to be layered out as a top-down tree, as fast as one', () => {
		const input = nationalInput(20_000);
		const started = performance.now();
		const laid = layoutFor('layered', input);
		// dagre took over a minute at half this size; a tree of it takes a fraction of a second.
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(laid.orientation).toBe('tb');
		expect(laid.positions).toEqual(layoutFor('tree-tb', input).positions);
		expect(laid.limit).toMatchObject({ nodes: 20_000, most: 1_500 });
	});

	it('lays a small view with many relations off the tree out as a tree too', () => {
		// dagre took 2.5 s for 200 nodes and 400 random links; 1,000 nodes and 3,000 ran it out of memory.
		const input = nationalInput(200);
		input.links = Array.from({ length: 200 }, (_, i) => ({ from: (i * 37) % 200, to: (i * 101 + 7) % 200 }));
		expect(layoutFor('layered', input).orientation).toBe('tb');
	});

	it('layers a view within the limit', () => {
		const laid = layoutFor('layered', nationalInput(200));
		expect(laid.orientation).toBe('layered');
		expect(laid.limit).toBeUndefined();
	});
});
