import { describe, expect, it } from 'vitest';
import { factsOf, nodeCount, tellFacts, type DatasetFacts } from './dataset-facts.js';
import { datesIn } from './dates.js';
import { dateStops } from './date-stops.js';
import { tiny } from './__fixtures__/tiny.js';
import type { Dataset } from './types.js';

/** A dataset whose nodes and edges throw when read: only told facts can answer for it. */
function unreadable(): Dataset {
	const dataset = { ...tiny() };
	for (const key of ['nodes', 'edges'] as const)
		Object.defineProperty(dataset, key, {
			get: () => {
				throw new Error(`${key} read`);
			}
		});
	return dataset;
}

describe('factsOf(dataset)', () => {
	it('counts the nodes and edges and the changes on each date, dates ascending', () => {
		const facts = factsOf(tiny());
		expect(facts.nodes).toBe(tiny().nodes.length);
		expect(facts.edges).toBe(tiny().edges.length);
		expect(facts.changes).toEqual([
			{ date: '2016-01-01', begin: 1, end: 0 },
			{ date: '2018-03-21', begin: 2, end: 2 },
			{ date: '2020-01-01', begin: 0, end: 1 }
		]);
	});

	it('reads a dataset once', () => {
		const dataset = tiny();
		expect(factsOf(dataset)).toBe(factsOf(dataset));
	});
});

describe('tellFacts(dataset, facts)', () => {
	const facts: DatasetFacts = { nodes: 12, edges: 11, changes: [{ date: '2018-03-21', begin: 3, end: 1 }] };

	it('answers the count, the dates and the date stops without reading the nodes or edges', () => {
		const dataset = unreadable();
		tellFacts(dataset, facts);
		expect(nodeCount(dataset)).toBe(12);
		expect(datesIn(dataset)).toEqual(['2018-03-21']);
		expect(dateStops(dataset, '2026-12-07').find((s) => s.date === '2018-03-21')?.label.en).toBe(
			'3 begin, 1 end'
		);
	});

	it('leaves any other dataset to be read', () => {
		expect(() => nodeCount(unreadable())).toThrow('nodes read');
		expect(nodeCount(tiny())).toBe(tiny().nodes.length);
	});
});
