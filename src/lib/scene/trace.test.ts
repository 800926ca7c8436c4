import { describe, expect, it } from 'vitest';
import { buildGraph } from '#lib/model/graph.js';
import { fromEdges, type BareEdge } from '#lib/model/__fixtures__/tiny.js';
import { TO_CENTRE, traceNode } from './trace.js';

/** The graph of a dataset holding just these relations and their ends. */
const graphOf = (edges: BareEdge[]) => buildGraph(fromEdges(edges));

// A small piece of the 2015 chain: the Party committee leads, the body one level up guides,
// the work body relies on the organisation and civil-affairs departments.
const edges: BareEdge[] = [
	{ id: 'l1', from: 'centre', to: 'province', kind: 'leads' },
	{ id: 'l2', from: 'province', to: 'county', kind: 'leads' },
	{ id: 'l3', from: 'county', to: 'branch', kind: 'leads' },
	{ id: 'l4', from: 'branch', to: 'cell', kind: 'leads' },
	{ id: 'g1', from: 'central-body', to: 'province-body', kind: 'guides' },
	{ id: 'g2', from: 'province-body', to: 'county', kind: 'guides' },
	{ id: 'g3', from: 'county', to: 'branch2', kind: 'guides' },
	{ id: 'r1', from: 'org-dept', to: 'county', kind: 'relies' },
	{ id: 'r2', from: 'civil', to: 'county', kind: 'relies' },
	{ id: 'c1', from: 'x', to: 'y', kind: 'guides' },
	{ id: 'c2', from: 'y', to: 'x', kind: 'guides' }
];
const adjacency = graphOf(edges);

describe('traceNode(adjacency, node, options)', () => {
	const trace = traceNode(adjacency, 'county', {
		upKinds: ['leads', 'guides', 'relies'],
		downKinds: ['leads', 'guides']
	});

	it('gives a breadcrumb per kind from the top down to the node, with every node of a step', () => {
		expect(trace.up.map((c) => [c.kind, c.levels])).toEqual([
			['leads', [['centre'], ['province'], ['county']]],
			['guides', [['central-body'], ['province-body'], ['county']]],
			// The work body relies on both departments: the breadcrumb names both, as the highlight does.
			['relies', [['org-dept', 'civil'], ['county']]]
		]);
	});

	it('puts a node in the nearest step it is met at, once', () => {
		const diamond = graphOf([
			{ id: 'a', from: 'top', to: 'mid', kind: 'leads' },
			{ id: 'b', from: 'top', to: 'low', kind: 'leads' },
			{ id: 'c', from: 'mid', to: 'low', kind: 'leads' }
		]);
		// top leads low directly and through mid: one step up, not again two steps up.
		expect(traceNode(diamond, 'low', { upKinds: ['leads'] }).up[0].levels).toEqual([['top', 'mid'], ['low']]);
	});

	it('collects every node relied on, not just the breadcrumb', () => {
		expect([...trace.up[2].nodes].sort()).toEqual(['civil', 'org-dept']);
		expect([...trace.up[2].edges].sort()).toEqual(['r1', 'r2']);
	});

	it('collects everything led or guided downward, transitively', () => {
		expect([...trace.down.nodes].sort()).toEqual(['branch', 'branch2', 'cell']);
		expect([...trace.down.edges].sort()).toEqual(['g3', 'l3', 'l4']);
	});

	it('highlights the union, including the node itself, and nothing unrelated', () => {
		expect(trace.nodes.has('county')).toBe(true);
		expect(trace.nodes.has('x')).toBe(false);
		expect(trace.edges.size).toBe(9);
	});

	it('walks cycles once', () => {
		const cyc = traceNode(adjacency, 'x', { upKinds: ['guides'] });
		expect(cyc.up[0].levels).toEqual([['y'], ['x']]);
		expect([...cyc.nodes].sort()).toEqual(['x', 'y']);
	});

	it('gives a one-node breadcrumb for a root or an unknown node', () => {
		expect(traceNode(adjacency, 'centre', { upKinds: ['leads'] }).up[0].levels).toEqual([['centre']]);
		expect(traceNode(adjacency, 'nowhere', { upKinds: ['leads'] }).nodes).toEqual(new Set(['nowhere']));
	});
});

describe('traceNode(adjacency, node, { centreKinds })', () => {
	it('walks the given kinds together for one chain to the centre, listed first', () => {
		// A branch led by a body that a committee set up, the committee led by the one above.
		const mixed = graphOf([
			{ id: 'a', from: 'top', to: 'committee', kind: 'party-lead' },
			{ id: 'b', from: 'committee', to: 'body', kind: 'establish' },
			{ id: 'c', from: 'body', to: 'branch', kind: 'lead-manage' },
			{ id: 'd', from: 'dept', to: 'body', kind: 'rely-on' }
		]);
		const trace = traceNode(mixed, 'branch', {
			upKinds: ['lead-manage'],
			centreKinds: ['party-lead', 'establish', 'lead-manage']
		});
		expect(trace.up.map((c) => [c.kind, c.levels])).toEqual([
			[TO_CENTRE, [['top'], ['committee'], ['body'], ['branch']]],
			['lead-manage', [['body'], ['branch']]]
		]);
		expect(trace.nodes.has('dept')).toBe(false);
	});
});
