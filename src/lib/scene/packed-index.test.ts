import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { buildPackedScene } from './build-scene.js';
import { packedIndex } from './packed-index.js';
import { packStrings } from './string-column.js';
import type { PackedScene } from './pack-scene.js';

/** A packed Scene whose node ids are `ids` (the rest of it is a generated chart's, unread here). */
function withIds(ids: string[]): PackedScene {
	const packed = buildPackedScene(generateNational({ nodes: 40, seed: 2 }), { expanded: 'all' });
	return { ...packed, nodeIds: packStrings(ids) };
}

describe('packedIndex(packed): node ids', () => {
	it('finds every id by searching the text, then by its map, the same', () => {
		const packed = buildPackedScene(generateNational({ nodes: 400, seed: 2 }), { expanded: 'all' });
		const index = packedIndex(packed);
		const count = packed.nodeStyle.length;
		// The first lookups search the text; the later ones read the map.
		for (let i = 0; i < count; i++) expect(index.indexOf(index.id(i))).toBe(i);
		expect(index.indexOf('no such node')).toBe(-1);
	});

	it('matches whole ids only, not a part of one or across two', () => {
		const index = packedIndex(withIds(['g10', 'g103', 'a', 'bc', '', 'g1']));
		expect(index.indexOf('g1')).toBe(5);
		expect(index.indexOf('g103')).toBe(1);
		expect(index.indexOf('03')).toBe(-1);
		expect(index.indexOf('ab')).toBe(-1);
		expect(index.indexOf('g10g')).toBe(-1);
		expect(index.indexOf('')).toBe(4);
		expect(index.id(3)).toBe('bc');
		expect(index.id(4)).toBe('');
	});
});
