import { describe, expect, it } from 'vitest';
import { mainTop } from './main-top.js';
import { visibleGraph } from './visible-graph.js';
import { opinions2015 } from '#lib/data/opinions-2015.js';

describe('mainTop(visible)', () => {
	it('is the root with the most nodes under it, folded away ones counted', () => {
		// Roots 0 and 3; 0 shows one child, 3 none but hides five.
		const parent = Int32Array.of(-1, 0, -1, -1);
		const hidden = new Map([[3, { total: 5, byKind: {} }]]);
		expect(mainTop({ parent, hidden })).toBe(3);
		expect(mainTop({ parent, hidden: new Map() })).toBe(0);
	});

	it('is none for a view of one root', () => {
		expect(mainTop({ parent: Int32Array.of(-1, 0, 0), hidden: new Map() })).toBeUndefined();
	});

	it('is 中共中央 in the built-in chart, folded or open', () => {
		for (const expanded of [[], 'all' as const]) {
			const visible = visibleGraph(opinions2015, { asOf: '2026-01-01', expanded });
			expect(visible.nodes[mainTop(visible)!].id).toBe('party-central');
		}
	});
});
