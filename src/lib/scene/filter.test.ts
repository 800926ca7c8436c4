import { describe, expect, it } from 'vitest';
import { filterFacets, filterNodes, isFilterActive, type FilterRecord } from './filter.js';

const nodes: FilterRecord[] = [
	{ id: 'a', kind: 'committee', tier: 0, provenance: 'primary' },
	{ id: 'b', kind: 'body', provenance: 'primary' },
	{ id: 'c', kind: 'body', tier: 2, provenance: 'secondary' },
	{ id: 'd', kind: 'branch', provenance: 'user' },
	{ id: 'e', kind: 'loose', provenance: 'user' }
];
const kindTiers = { committee: 0, body: 1, branch: 4 };
const ids = (s: Set<string>) => [...s].sort();

describe('filterNodes(nodes, filter, kindTiers)', () => {
	it.each([
		['no filter keeps all', {}, ['a', 'b', 'c', 'd', 'e']],
		['by kind', { kinds: ['body'] }, ['b', 'c']],
		['by tier, falling back to the kind’s tier', { tiers: [1, 4] }, ['b', 'd']],
		['by provenance', { provenance: ['primary', 'secondary'] as const }, ['a', 'b', 'c']],
		[
			'all three together',
			{ kinds: ['body', 'branch'], tiers: [1, 2], provenance: ['secondary'] as const },
			['c']
		],
		['an empty list keeps nothing', { kinds: [] }, []]
	])('%s', (_, filter, expected) => {
		expect(ids(filterNodes(nodes, filter, kindTiers))).toEqual(expected);
	});
});

describe('isFilterActive(filter)', () => {
	it('is false only when no list is given', () => {
		expect(isFilterActive({})).toBe(false);
		expect(isFilterActive({ tiers: [] })).toBe(true);
	});
});

describe('filterFacets(nodes, kindTiers)', () => {
	it('counts kinds, tiers (ascending) and provenance', () => {
		const facets = filterFacets(nodes, kindTiers);
		expect([...facets.kinds]).toEqual([
			['committee', 1],
			['body', 2],
			['branch', 1],
			['loose', 1]
		]);
		expect([...facets.tiers]).toEqual([
			[0, 1],
			[1, 1],
			[2, 1],
			[4, 1]
		]);
		expect(facets.provenance.get('user')).toBe(2);
	});
});
