import { describe, expect, it } from 'vitest';
import { problemsIn } from './validate.js';
import { deepChain, tiny } from './__fixtures__/tiny.js';
import { broken, problemsOf, type Loose } from './__fixtures__/validate.js';

describe('problemsIn(input), the problems without the graph', () => {
	it('finds none in good data and the same as validate in bad', () => {
		expect(problemsIn(tiny())).toEqual([]);
		const bad = broken((d) => {
			d.nodes[3].id = 'mid';
			d.edges[0].to = 'nowhere';
		});
		expect(problemsIn(bad)).toEqual(problemsOf(bad));
		expect(problemsIn(bad).map((p) => p.path)).toEqual([
			'nodes[3].id',
			'edges[0].to',
			'edges[2].to',
			'edges[3].to'
		]);
	});

	it('follows relations to the first node of an id, past items that are not nodes', () => {
		// Nodes are numbered by their place in the list: a broken item and a second node with an
		// id already used must not shift which node a relation reaches.
		const chain = deepChain(3, 'lead', true) as unknown as Loose;
		chain.nodes.unshift(7, { ...chain.nodes[2], label: { zh: '又一个', en: 'again' } });
		const cycles = problemsIn(chain).filter((p) => p.message.startsWith('cycle'));
		expect(cycles.map((p) => [p.path, p.message])).toEqual([
			['edges[2]', 'cycle in "lead" relations: n0 → n1 → n2 → n0']
		]);
		expect(problemsIn(chain).map((p) => p.path)).toEqual(['nodes[0]', 'nodes[4].id', 'edges[2]']);
	});

	it('follows relations through a node whose id is blank, which no relation can name', () => {
		const chart = tiny() as unknown as Loose;
		chart.nodes.push({ ...chart.nodes[3], id: ' ' });
		chart.edges.push(
			{ ...chart.edges[2], id: 'e6', from: 'low', to: ' ' },
			{ ...chart.edges[2], id: 'e7', from: ' ', to: 'mid' }
		);
		const found = problemsIn(chart).map((p) => `${p.path}: ${p.message}`);
		expect(found).toContain('nodes[5].id: "id" is empty');
		expect(found).toContain('edges[5].to: no node has the id " "');
		expect(found).toContain('edges[6]: cycle in "lead" relations: mid → low →   → mid');
		expect(found.some((f) => f.startsWith('edges[6]: node "mid" has two "lead" parents'))).toBe(true);
	});
});
