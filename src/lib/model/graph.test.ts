import { describe, expect, it } from 'vitest';
import { asOf } from './as-of.js';
import { chainToCentre } from './__fixtures__/chain-to-centre.js';
import { diffGraphs } from './diff.js';
import { buildGraph, Graph, graphInSteps } from './graph.js';
import { descendants, subtree } from './subtree.js';
import { deepChain, tiny } from './__fixtures__/tiny.js';
import { generateNational } from '#lib/data/generate-national.js';

describe('buildGraph(dataset)', () => {
	const graph = buildGraph(tiny());
	it('indexes nodes, edges and kinds and keeps dataset order', () => {
		expect(graph.nodes.map((n) => n.id)).toEqual(['top', 'top2', 'mid', 'low', 'side']);
		expect(graph.node('mid')?.kind).toBe('body');
		expect(graph.edge('e4')?.from).toBe('side');
		expect(graph.nodeKindById.get('centre')?.tier).toBe(0);
		expect(graph.edgeKindById.get('guide')?.verb.en).toBe('guides');
		expect(graph.sourceById.has('rules')).toBe(true);
		expect(graph.order.get('low')).toBe(3);
		expect(graph.backboneKind?.id).toBe('lead');
	});
	it('answers out/in edges, children and parents by kind', () => {
		expect(graph.outEdges('top').map((e) => e.id)).toEqual(['e1', 'e5']);
		expect(graph.outEdges('top', 'lead').map((e) => e.id)).toEqual(['e1']);
		expect(graph.inEdges('low').map((e) => e.id)).toEqual(['e3', 'e4']);
		expect(graph.children('mid', 'lead')).toEqual(['low']);
		expect(graph.parents('mid', 'lead')).toEqual(['top', 'top2']);
		expect(graph.parents('low', 'guide')).toEqual(['side']);
		expect(graph.children('nobody', 'lead')).toEqual([]);
	});
	it('does not modify the dataset it indexes', () => {
		const dataset = tiny();
		const copy = structuredClone(dataset);
		asOf(buildGraph(dataset), '2016-06-01');
		expect(dataset).toEqual(copy);
	});
});

describe('Graph.inSteps(dataset, slice) and graphInSteps(dataset, slice)', () => {
	const dataset = generateNational({ nodes: 500, seed: 3 });
	/** What a Graph answers: each node's and relation's position, each relation's ends, relations in and out. */
	const answers = (graph: Graph) => ({
		at: dataset.nodes.map((n) => graph.nodeIndex(n.id)),
		ends: [Array.from(graph.from), Array.from(graph.to)],
		out: [Array.from(graph.outgoing.start), Array.from(graph.outgoing.list)],
		in: [Array.from(graph.incoming.start), Array.from(graph.incoming.list)],
		missing: graph.nodeIndex('nobody')
	});

	it('builds, a slice per step, the Graph built at once', () => {
		const steps = Graph.inSteps(dataset, 64);
		let taken = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) taken++;
		// Nodes and relations in slices of 64, three times over the relations, and a step between parts.
		expect(taken).toBeGreaterThan(20);
		expect(answers(step.value)).toEqual(answers(new Graph(dataset)));
	});

	it('keeps the Graph it built for buildGraph, and stops should buildGraph make it first', () => {
		const kept = structuredClone(dataset);
		const steps = [...graphInSteps(kept, 100)];
		expect(steps.length).toBeGreaterThan(10);
		const graph = buildGraph(kept);
		expect(answers(graph)).toEqual(answers(new Graph(dataset)));
		expect([...graphInSteps(kept, 100)]).toEqual([]);
		const raced = structuredClone(dataset);
		const racing = graphInSteps(raced, 100);
		racing.next();
		const made = buildGraph(raced);
		expect(racing.next().done).toBe(true);
		expect(buildGraph(raced)).toBe(made);
	});
});

describe('subtree(graph, id, kind)', () => {
	const graph = buildGraph(tiny());
	it.each([
		['top', 'lead', ['top', 'mid', 'low']],
		['mid', 'lead', ['mid', 'low']],
		['side', 'guide', ['side', 'low']],
		['side', 'lead', ['side']],
		['nobody', 'lead', []]
	])('%s along %s', (id, kind, expected) => {
		expect(subtree(graph, id, kind)).toEqual(expected);
	});
	it('descendants leave the start out', () => {
		expect(descendants(graph, 'top', 'lead')).toEqual(['mid', 'low']);
	});
});

describe('chainToCentre(graph, id, kinds)', () => {
	const graph = buildGraph(tiny());
	it('returns one chain per parent up to each root', () => {
		expect(chainToCentre(graph, 'low', 'lead')).toEqual([
			{ nodes: ['low', 'mid', 'top'], edges: ['e3', 'e1'] },
			{ nodes: ['low', 'mid', 'top2'], edges: ['e3', 'e2'] }
		]);
	});
	it('follows several kinds at once', () => {
		expect(chainToCentre(graph, 'low', ['lead', 'guide']).map((c) => c.nodes)).toEqual([
			['low', 'mid', 'top'],
			['low', 'mid', 'top2'],
			['low', 'side']
		]);
	});
	it('on an as-of graph follows only the parent of that time', () => {
		expect(chainToCentre(asOf(graph, '2019-01-01'), 'low', 'lead')).toEqual([
			{ nodes: ['low', 'mid', 'top2'], edges: ['e3', 'e2'] }
		]);
	});
	it('treats a node with no parent as its own chain, an unknown id as none, and respects limit', () => {
		expect(chainToCentre(graph, 'top', 'lead')).toEqual([{ nodes: ['top'], edges: [] }]);
		expect(chainToCentre(graph, 'nobody', 'lead')).toEqual([]);
		expect(chainToCentre(graph, 'low', 'lead', { limit: 1 })).toHaveLength(1);
	});
	it('ends on a cycle instead of looping', () => {
		const dataset = tiny();
		dataset.edges.push({ id: 'back', kind: 'lead', from: 'low', to: 'top', cites: [], provenance: 'user' });
		expect(chainToCentre(buildGraph(dataset), 'low', 'lead').map((c) => c.nodes)).toEqual([
			['low', 'mid', 'top'],
			['low', 'mid', 'top2']
		]);
	});
});

describe('asOf(graph, date)', () => {
	const graph = buildGraph(tiny());
	it.each([
		['2015-06-01', ['top', 'mid', 'low'], ['e1', 'e3']],
		['2016-06-01', ['top', 'mid', 'low', 'side'], ['e1', 'e3', 'e4']],
		['2018-03-21', ['top2', 'mid', 'low', 'side'], ['e2', 'e3', 'e4']],
		['2020-01-01', ['top2', 'mid', 'low'], ['e2', 'e3']]
	])('%s', (date, nodes, edges) => {
		const then = asOf(graph, date);
		expect(then.nodes.map((n) => n.id)).toEqual(nodes);
		expect(then.edges.map((e) => e.id)).toEqual(edges);
	});
	it('drops edges whose ends are gone even when the edge itself has no end date', () => {
		expect(asOf(graph, '2016-06-01').edge('e5')).toBeUndefined();
	});
});

describe('diffGraphs(a, b)', () => {
	const graph = buildGraph(tiny());
	it('lists added and removed nodes and edges between two dates', () => {
		const diff = diffGraphs(asOf(graph, '2016-06-01'), asOf(graph, '2019-01-01'));
		expect(diff.nodes).toEqual({ added: ['top2'], removed: ['top'], changed: [] });
		expect(diff.edges).toEqual({ added: ['e2'], removed: ['e1'], changed: [] });
	});
	it('names the fields that changed', () => {
		const before = tiny();
		const after = tiny();
		after.nodes[2] = { ...after.nodes[2], label: { zh: '中', en: 'Middle' }, attrs: { size: 3 } };
		after.edges[3] = { ...after.edges[3], valid: { from: '2017-01-01' } };
		const diff = diffGraphs(buildGraph(before), buildGraph(after));
		expect(diff.nodes.changed).toEqual([{ id: 'mid', fields: ['attrs', 'label'] }]);
		expect(diff.edges.changed).toEqual([{ id: 'e4', fields: ['valid'] }]);
		expect(diffGraphs(buildGraph(before), buildGraph(tiny()))).toEqual({
			nodes: { added: [], removed: [], changed: [] },
			edges: { added: [], removed: [], changed: [] }
		});
	});
});

describe('deep hierarchies', () => {
	const depth = 20000;
	const dataset = deepChain(depth, 'lead');
	it('walk a 20,000-level chain without overflowing the stack', () => {
		const graph = buildGraph(dataset);
		const [chain] = chainToCentre(graph, `n${depth - 1}`, 'lead');
		expect(chain.nodes).toHaveLength(depth);
		expect(chain.nodes[depth - 1]).toBe('n0');
		expect(subtree(graph, 'n0', 'lead')).toHaveLength(depth);
	});
});
