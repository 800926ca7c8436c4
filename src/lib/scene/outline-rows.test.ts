import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { buildPackedScene, buildScene } from './build-scene.js';
import { outlineRows } from './outline-rows.js';

describe('outlineRows(packed, limit)', () => {
	const chart = generateNational({ nodes: 80, seed: 1 });
	const packed = buildPackedScene(chart, { expanded: 'all' });
	const rows = outlineRows(packed);

	it('lists every visible node once, depth first, children right after their parent', () => {
		expect(rows).toHaveLength(80);
		expect(new Set(rows.map((r) => r.node.id)).size).toBe(80);
		expect(rows.slice(0, 3).map((r) => [r.node.id, r.level, r.parent])).toEqual([
			['c0', 1, null],
			['p0', 2, 'c0'],
			[rows[2].node.id, 3, 'p0']
		]);
		const index = new Map(rows.map((r, i) => [r.node.id, i]));
		for (const r of rows) if (r.parent) expect(index.get(r.parent)!).toBeLessThan(index.get(r.node.id)!);
	});

	it('gives each row its set size and position among its siblings', () => {
		const roots = rows.filter((r) => r.level === 1);
		expect(roots.map((r) => [r.posinset, r.setsize])).toEqual([
			[1, 3],
			[2, 3],
			[3, 3]
		]);
	});

	it('stops at the limit', () => {
		expect(outlineRows(packed, 10)).toHaveLength(10);
	});

	it('gives each row its node’s record as the Scene has it, folded branches with what they hide', () => {
		const folded = buildPackedScene(chart, { expanded: ['c0', 'p0'] });
		const nodes = new Map(buildScene(chart, { expanded: ['c0', 'p0'] }).nodes.map((n) => [n.id, n]));
		const shown = outlineRows(folded);
		expect(shown).toHaveLength(nodes.size);
		for (const row of shown) expect(row.node).toEqual(nodes.get(row.node.id));
		expect(shown.some((r) => r.node.collapsed && r.node.hidden > 0)).toBe(true);
	});
});
