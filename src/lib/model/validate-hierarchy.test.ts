// validate()'s rules for hierarchies: one backbone parent per date, and cycles found in chains
// too deep to walk recursively.
import { describe, expect, it } from 'vitest';
import { deepChain } from './__fixtures__/tiny.js';
import { broken, problemsOf } from './__fixtures__/validate.js';

describe('validate(input) backbone rule', () => {
	it('reports a node with two backbone parents valid on the same date', () => {
		const input = broken((d) => {
			d.nodes[1].valid = { from: '2017-01-01' };
			d.edges[1].valid = { from: '2017-01-01' };
		});
		expect(problemsOf(input)).toEqual([
			{
				path: 'edges[1]',
				message:
					'node "mid" has two "lead" parents at the same time: "top" (edges[0]) and "top2" (edges[1]), both valid 2017-01-01 to 2018-03-21; the backbone allows one parent per date',
				text: {
					zh: '节点“mid”同时有两个“lead”上级：“top”（edges[0]）和“top2”（edges[1]），两者在 2017-01-01 至 2018-03-21 期间都有效；主干关系在同一日期只允许一个上级',
					en: 'node "mid" has two "lead" parents at the same time: "top" (edges[0]) and "top2" (edges[1]), both valid 2017-01-01 to 2018-03-21; the backbone allows one parent per date'
				}
			}
		]);
	});
	it('counts an edge only while both its ends exist', () => {
		// e1 claims no end date, but its parent "top" ends on 2018-03-21 when "top2" begins.
		expect(problemsOf(broken((d) => delete d.edges[0].valid))).toEqual([]);
	});
	it('does not limit parents of non-backbone hierarchical kinds', () => {
		const input = broken((d) => {
			d.edges.push({ id: 'g2', kind: 'guide', from: 'mid', to: 'low', cites: [], provenance: 'user' });
		});
		expect(problemsOf(input)).toEqual([]);
	});
});

describe('validate(input) on a deep hierarchy', () => {
	it('finds a cycle closing a 20,000-level chain without overflowing the stack', () => {
		const depth = 20000;
		const dataset = deepChain(depth, 'guide', true);
		const problems = problemsOf(dataset);
		expect(problems).toHaveLength(1);
		expect(problems[0].path).toBe(`edges[${depth - 1}]`);
		expect(problems[0].message).toBe(
			'cycle in "guide" relations: n0 → n1 → n2 → n3 → n4 → … → n19998 → n19999 → n0 (20000 nodes)'
		);
	});
});
