import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { buildScene } from './build-scene.js';
import { navIndex, neighbour } from './keyboard-nav.js';

const scene = buildScene(generateNational({ nodes: 60, seed: 2 }), { expanded: 'all' });
const index = navIndex(scene);

describe('neighbour(index, id, key, orientation)', () => {
	it('goes up to the parent and down to the first child', () => {
		expect(neighbour(index, 'p0', 'up')).toBe('c0');
		expect(neighbour(index, 'c0', 'down')).toBe('p0');
		expect(neighbour(index, 'c0', 'up')).toBeNull();
	});

	it('goes sideways along the level, across parents, and stops at the ends', () => {
		expect(neighbour(index, 'c0', 'right')).toBe('c1');
		expect(neighbour(index, 'c1', 'left')).toBe('c0');
		expect(neighbour(index, 'c0', 'left')).toBeNull();
		const provinces = index.rows.get(1)!;
		expect(neighbour(index, provinces[0], 'right')).toBe(provinces[1]);
	});

	it('turns the arrows with a left-right tree', () => {
		expect(neighbour(index, 'p0', 'left', 'lr')).toBe('c0');
		expect(neighbour(index, 'c0', 'right', 'lr')).toBe('p0');
		expect(neighbour(index, 'c0', 'down', 'lr')).toBe('c1');
	});

	it('returns null for a node not in the scene', () => {
		expect(neighbour(index, 'ghost', 'left')).toBeNull();
	});
});
