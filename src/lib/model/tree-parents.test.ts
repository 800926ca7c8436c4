import { describe, expect, it } from 'vitest';
import { treeParents } from './tree-parents.js';
import { deepChain, tiny } from './__fixtures__/tiny.js';
import type { Dataset } from './types.js';

/** Each node's parent id (null for a root) in a treeParents answer. */
const parents = (dataset: Dataset, kinds: string[]) => {
	const edges = treeParents(dataset, kinds);
	return Object.fromEntries(
		dataset.nodes.map((n, i) => [n.id, edges[i] < 0 ? null : dataset.edges[edges[i]].from])
	);
};

describe('treeParents(dataset, kinds)', () => {
	it('takes the parent along the first kind that gives one, then along the next', () => {
		const dataset = tiny();
		// low is led by mid and guided by side: the leading kind wins; with guidance first, side does.
		expect(parents(dataset, ['lead', 'guide'])).toMatchObject({ mid: 'top', low: 'mid', side: null });
		expect(parents(dataset, ['guide', 'lead'])).toMatchObject({ low: 'side' });
	});

	it('skips the relation that would close a cycle, whichever end comes first in the data', () => {
		const ring = deepChain(5, 'lead', true);
		// n0 takes n4 (nobody's parent yet), so n4 cannot take n3 without closing the ring.
		expect(parents(ring, ['lead'])).toEqual({ n0: 'n4', n1: 'n0', n2: 'n1', n3: 'n2', n4: null });
		// Listed children first, the walk up finds the cycle through nodes that already have parents.
		const reversed = { ...ring, nodes: [...ring.nodes].reverse() };
		expect(parents(reversed, ['lead'])).toEqual({ n4: 'n3', n3: 'n2', n2: 'n1', n1: 'n0', n0: null });
	});

	it('never makes a node its own parent', () => {
		const dataset = tiny();
		const self = { ...dataset.edges[2], id: 'self', from: 'low', to: 'low' };
		expect(parents({ ...dataset, edges: [self, ...dataset.edges] }, ['lead'])).toMatchObject({ low: 'mid' });
	});
});
