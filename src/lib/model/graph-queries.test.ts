import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { asOf, datasetAsOf } from './as-of.js';
import { chainToCentre } from './__fixtures__/chain-to-centre.js';
import { diffGraphs } from './diff.js';
import { buildGraph, type Graph } from './graph.js';
import { subtree } from './subtree.js';
import { treeParents } from './tree-parents.js';
import type { Dataset } from './types.js';
import { reordered, tiny } from './__fixtures__/tiny.js';

const sorted = (ids: Iterable<string>) => [...ids].sort();

/** Each node's parent id along `kinds`, by node id. */
const parentIds = (dataset: Dataset, kinds: string[]) => {
	const parents = treeParents(dataset, kinds);
	return Object.fromEntries(
		dataset.nodes.map((n, i) => [n.id, parents[i] < 0 ? null : dataset.edges[parents[i]].from])
	);
};

const hierarchical = opinions2015.kinds.edges.filter((k) => k.hierarchical).map((k) => k.id);
const backbone = opinions2015.kinds.edges.find((k) => k.backbone)!.id;
const DATES = ['2016-01-01', '2019-06-01', '2024-12-31'];
const NODES = [
	'county-so-party-orgs',
	'prefecture-so-party-orgs',
	'province-committee',
	'county-organisation-dept'
];

describe('the Graph answers the same whatever order the dataset lists its items in', () => {
	const graph = buildGraph(opinions2015);
	const others = [11, 2024].map((seed) => buildGraph(reordered(opinions2015, seed)));

	it.each(DATES)('as of %s: the same nodes, relations and tree parents along the backbone', (date) => {
		const then = datasetAsOf(opinions2015, date);
		for (const other of others) {
			const otherThen = datasetAsOf(other.dataset, date);
			expect(sorted(otherThen.nodes.map((n) => n.id))).toEqual(sorted(then.nodes.map((n) => n.id)));
			expect(sorted(otherThen.edges.map((e) => e.id))).toEqual(sorted(then.edges.map((e) => e.id)));
			// Along the backbone alone a node has one parent on a date, so no tie depends on order.
			expect(parentIds(otherThen, [backbone])).toEqual(parentIds(then, [backbone]));
		}
	});

	it.each(NODES)('%s: the same chains to the centre and subtree on every date', (id) => {
		for (const date of DATES) {
			const then = asOf(graph, date);
			const chains = sorted(chainToCentre(then, id, hierarchical).map((c) => JSON.stringify(c)));
			const below = sorted(subtree(then, id, backbone));
			for (const other of others) {
				const otherThen = asOf(other, date);
				expect(sorted(chainToCentre(otherThen, id, hierarchical).map((c) => JSON.stringify(c)))).toEqual(
					chains
				);
				expect(sorted(subtree(otherThen, id, backbone))).toEqual(below);
			}
		}
	});

	it('the same differences between two dates', () => {
		const diff = diffGraphs(asOf(graph, '2016-01-01'), asOf(graph, '2024-12-31'));
		expect(diff.nodes.added.length).toBeGreaterThan(0);
		for (const other of others) {
			const otherDiff = diffGraphs(asOf(other, '2016-01-01'), asOf(other, '2024-12-31'));
			for (const part of ['nodes', 'edges'] as const)
				for (const change of ['added', 'removed'] as const)
					expect(sorted(otherDiff[part][change])).toEqual(sorted(diff[part][change]));
		}
	});
});

describe('the Graph is built once per dataset', () => {
	it('gives the same Graph, tree parents and as-of dataset for the same dataset object', () => {
		const dataset = tiny();
		expect(buildGraph(dataset)).toBe(buildGraph(dataset));
		expect(treeParents(dataset, ['lead'])).toBe(treeParents(dataset, ['lead']));
		expect(treeParents(dataset, ['lead'])).not.toBe(treeParents(dataset, ['guide']));
		expect(datasetAsOf(dataset, '2019-01-01')).toBe(datasetAsOf(dataset, '2019-01-01'));
		expect(asOf(buildGraph(dataset), '2019-01-01')).toBe(asOf(buildGraph(dataset), '2019-01-01'));
	});

	it('builds a new one for a new dataset object, as an edit makes', () => {
		const dataset = tiny();
		const edited = { ...dataset, edges: dataset.edges.slice(1) };
		expect(buildGraph(edited)).not.toBe(buildGraph(dataset));
		expect(
			buildGraph(edited)
				.inEdges('mid', 'lead')
				.map((e) => e.id)
		).toEqual(['e2']);
	});

	it('keeps the last few dates of a dataset, not every date ever asked', () => {
		const dataset = tiny();
		const first = datasetAsOf(dataset, '2015-01-01');
		for (const year of [2016, 2017, 2018, 2019, 2020]) datasetAsOf(dataset, `${year}-01-01`);
		expect(datasetAsOf(dataset, '2015-01-01')).not.toBe(first);
		expect(datasetAsOf(dataset, '2015-01-01')).toEqual(first);
	});
});

describe('the Graph by position', () => {
	const dataset = tiny();
	dataset.edges.push({
		id: 'dangling',
		kind: 'lead',
		from: 'mid',
		to: 'gone',
		cites: [],
		provenance: 'user'
	});
	const graph: Graph = buildGraph(dataset);

	it('holds each relation’s ends as node positions, -1 for an end that is missing', () => {
		expect(graph.nodeIndex('low')).toBe(3);
		expect(graph.nodeIndex('gone')).toBe(-1);
		expect(graph.edgeIndex('e4')).toBe(3);
		expect([graph.from[3], graph.to[3]]).toEqual([4, 3]);
		expect([graph.from[5], graph.to[5]]).toEqual([2, -1]);
	});

	it('lists relations in and out of each node in dataset order, leaving out those with a missing end', () => {
		const { start, list } = graph.incoming;
		expect([...list.subarray(start[3], start[4])]).toEqual([2, 3]);
		expect(graph.outEdges('mid').map((e) => e.id)).toEqual(['e3']);
		expect(subtree(graph, 'mid', 'lead')).toEqual(['mid', 'low']);
	});

	it('looks kinds up through its kind table, and nodes through its index', () => {
		expect(graph.kinds.node('body')?.tier).toBe(1);
		expect(graph.kinds.edge('merge')?.hierarchical).toBe(false);
		expect(graph.nodeById.get('side')?.valid).toEqual({ from: '2016-01-01', to: '2020-01-01' });
		expect(graph.nodeById.has('gone')).toBe(false);
	});
});
