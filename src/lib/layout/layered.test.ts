import { describe, expect, it } from 'vitest';
import { layeredLayout } from './layered.js';
import { inputOf, layoutShapes, overlaps, placedById, starInput } from './__fixtures__/inputs.js';
import type { LayoutInput } from './types.js';

const shapes: [string, LayoutInput][] = [
	...layoutShapes({ star: 100, tree: 300, deepTree: 200, forest: [5, 20], national: [600] }),
	[
		'multi-parent graph with a cycle among cross-links',
		inputOf(
			[
				{ id: 'a', parent: null, width: 100, height: 40 },
				{ id: 'b', parent: 'a', width: 160, height: 40 },
				{ id: 'c', parent: 'a', width: 90, height: 58 },
				{ id: 'd', parent: 'b', width: 200, height: 40 }
			],
			[
				['c', 'd'],
				['d', 'c'],
				['d', 'a'],
				['x', 'a']
			]
		)
	]
];

describe('layeredLayout(input, options)', () => {
	it.each(shapes)('places every node without overlaps: %s', (_, input) => {
		const result = layeredLayout(input);
		expect(result.positions).toHaveLength(input.nodes.length * 2);
		expect(result.positions.every(Number.isFinite)).toBe(true);
		expect(overlaps(input, result)).toEqual([]);
		expect(result.orientation).toBe('layered');
	});

	it('ranks a node below its backbone parent and below the source of its cross-links', () => {
		const input = inputOf(
			[
				{ id: 'centre', parent: null, width: 100, height: 40 },
				{ id: 'org', parent: 'centre', width: 100, height: 40 },
				{ id: 'civil', parent: 'centre', width: 100, height: 40 },
				{ id: 'body', parent: 'org', width: 100, height: 40 }
			],
			[['civil', 'body']]
		);
		const { positions } = placedById(input, layeredLayout(input));
		expect(positions.get('org')!.y).toBeGreaterThan(positions.get('centre')!.y);
		expect(positions.get('body')!.y).toBeGreaterThan(positions.get('org')!.y);
		expect(positions.get('body')!.y).toBeGreaterThan(positions.get('civil')!.y);
	});

	it('runs left to right when asked', () => {
		const { positions } = placedById(starInput(3), layeredLayout(starInput(3), { direction: 'lr' }));
		expect(positions.get('s1')!.x).toBeGreaterThan(positions.get('s0')!.x);
	});
});
