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
		// Provinces are drawn under their central body: the next one to the right is p3, not p1.
		expect(neighbour(index, 'p0', 'right')).toBe('p3');
		// Within one tree a level reads as drawn: row by row where branches wrap, left to right in a row.
		const under = (root: string) => index.rows.get(1)!.filter((id) => index.parent.get(id) === root);
		const at = under('c0').map((id) => scene.nodes.find((n) => n.id === id)!);
		expect(new Set(at.map((n) => n.y)).size).toBeGreaterThan(1);
		const reading = [...at].sort((a, b) => a.y - b.y || a.x - b.x);
		expect(reading.map((n) => n.id)).toEqual(at.map((n) => n.id));
	});

	it('turns the arrows with a left-right tree', () => {
		const lr = navIndex(
			buildScene(generateNational({ nodes: 60, seed: 2 }), { expanded: 'all', layout: 'tree-lr' })
		);
		expect(neighbour(lr, 'p0', 'left', 'lr')).toBe('c0');
		expect(neighbour(lr, 'c0', 'right', 'lr')).toBe('p0');
		expect(neighbour(lr, 'c0', 'down', 'lr')).toBe('c1');
	});

	it('returns null for a node not in the scene', () => {
		expect(neighbour(index, 'ghost', 'left')).toBeNull();
	});
});
