import { describe, expect, it } from 'vitest';
import { radialLayout } from './radial.js';
import {
	forestInput,
	inputOf,
	layoutShapes,
	overlaps,
	placedById,
	randomTreeInput,
	starInput
} from './__fixtures__/inputs.js';
import type { LayoutInput } from './types.js';

const shapes: [string, LayoutInput][] = [
	...layoutShapes({ star: 200, tree: 500, deepTree: 400, forest: [7, 30], national: [1000, 5000] }),
	[
		'two nodes',
		inputOf([
			{ id: 'a', parent: null, width: 120, height: 40 },
			{ id: 'b', parent: 'a', width: 300, height: 80 }
		])
	]
];

describe('radialLayout(input, options)', () => {
	it.each(shapes)('places every node without overlaps: %s', (_, input) => {
		const result = radialLayout(input);
		expect(result.positions).toHaveLength(input.nodes.length * 2);
		expect(result.positions.every(Number.isFinite)).toBe(true);
		expect(overlaps(input, result)).toEqual([]);
		expect(result.orientation).toBe('radial');
		expect(result.centre).toEqual({ x: 0, y: 0 });
	});

	it('puts a single root in the centre and its children on one ring', () => {
		const input = starInput(12);
		const { positions } = placedById(input, radialLayout(input));
		expect(positions.get('s0')).toEqual({ x: 0, y: 0 });
		const radii = [...positions.entries()]
			.filter(([id]) => id !== 's0')
			.map(([, p]) => Math.round(Math.hypot(p.x, p.y)));
		expect(new Set(radii).size).toBe(1);
		expect(radii[0]).toBeGreaterThan(0);
	});

	it('puts deeper nodes on larger rings', () => {
		const input = randomTreeInput(300, 11);
		const result = radialLayout(input);
		const at = (i: number) => Math.hypot(result.positions[i * 2], result.positions[i * 2 + 1]);
		input.nodes.forEach((n, i) => {
			if (n.parent >= 0) expect(at(i)).toBeGreaterThan(at(n.parent));
		});
	});

	it('puts several roots on the first ring around an empty centre', () => {
		const result = radialLayout(forestInput(3, 1));
		const { positions } = placedById(forestInput(3, 1), result);
		for (const p of positions.values()) expect(Math.hypot(p.x, p.y)).toBeGreaterThan(0);
		expect(overlaps(forestInput(3, 1), result)).toEqual([]);
	});

	it('does not mutate its input', () => {
		const input = randomTreeInput(50, 1);
		const copy = structuredClone(input);
		radialLayout(input);
		expect(input).toEqual(copy);
	});

	it('returns an empty result for an empty input', () => {
		expect(radialLayout({ nodes: [], links: [] }).positions).toHaveLength(0);
	});
});
