import { describe, expect, it } from 'vitest';
import { LAYERED_MOST, layoutFor, layoutLimit } from './layout-for.js';
import { nationalInput } from './__fixtures__/inputs.js';

describe('layoutLimit(kind, nodes)', () => {
	it('refuses the layered layout past its most nodes, and only it', () => {
		expect(layoutLimit('layered', LAYERED_MOST)).toBeUndefined();
		expect(layoutLimit('layered', LAYERED_MOST + 1)).toEqual({
			layout: 'layered',
			nodes: LAYERED_MOST + 1,
			most: LAYERED_MOST
		});
		for (const kind of ['tree-tb', 'tree-lr', 'radial', undefined] as const)
			expect(layoutLimit(kind, 1_000_000)).toBeUndefined();
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

	it('layers a view within the limit', () => {
		expect(layoutFor('layered', nationalInput(200)).orientation).toBe('layered');
	});
});
