import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import type { Dataset } from '#lib/model/types.js';
import { compareForward, compareMarks } from './compare-marks.js';

// A 2018-style merger: an old body ends, a new one starts and takes over the relation.
const base = generateNational({ nodes: 6, seed: 1 });
const cite = base.nodes[0].cites;
const dataset: Dataset = {
	...base,
	nodes: [
		...base.nodes,
		{
			id: 'old',
			kind: 'central',
			label: { zh: '旧机构', en: 'Old body' },
			cites: cite,
			provenance: 'user',
			valid: { to: '2018-03-21' }
		},
		{
			id: 'new',
			kind: 'central',
			label: { zh: '新机构', en: 'New body' },
			cites: cite,
			provenance: 'user',
			valid: { from: '2023-03-16' }
		}
	],
	edges: [
		...base.edges,
		{ id: 'o1', kind: 'guides', from: 'old', to: 'p0', cites: cite, provenance: 'user' },
		{ id: 'n1', kind: 'guides', from: 'new', to: 'p1', cites: cite, provenance: 'user' },
		{
			id: 'm1',
			kind: 'relies',
			from: 'c1',
			to: 'p2',
			cites: cite,
			provenance: 'user',
			valid: { from: '2020-01-01' }
		}
	]
};

describe('compareMarks(dataset, before, after)', () => {
	it('marks added and removed nodes and relations, and the nodes whose relations changed', () => {
		const marks = compareMarks(dataset, '2016-01-01', '2024-01-01');
		expect(Object.fromEntries(marks.nodes)).toEqual({
			old: 'removed',
			new: 'added',
			p0: 'changed',
			p1: 'changed',
			c1: 'changed',
			p2: 'changed'
		});
		expect(Object.fromEntries(marks.edges)).toEqual({ o1: 'removed', n1: 'added', m1: 'added' });
	});

	it('marks nothing between two dates with the same structure', () => {
		const marks = compareMarks(dataset, '2019-01-01', '2019-06-01');
		expect(marks.nodes.size + marks.edges.size).toBe(0);
	});

	it('reverses when the dates are swapped', () => {
		expect(compareMarks(dataset, '2024-01-01', '2016-01-01').nodes.get('old')).toBe('added');
	});
});

describe('compareForward(dataset, shown, other)', () => {
	it('reads forward whichever date is shown', () => {
		for (const [shown, other] of [
			['2016-01-01', '2024-01-01'],
			['2024-01-01', '2016-01-01']
		]) {
			const { from, to, marks } = compareForward(dataset, shown, other);
			expect([from, to]).toEqual(['2016-01-01', '2024-01-01']);
			expect(marks.nodes.get('new')).toBe('added');
			expect(marks.nodes.get('old')).toBe('removed');
		}
	});
});
