import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';
import { visibleGraph } from '#lib/scene/visible-graph.js';
import { drawnChildEdges, drawnDescendants, drawnParentEdge, drawnTree } from './drawn-tree.js';

const all = drawnTree(opinions2015, {});

describe('drawnParentEdge(dataset, tree, id)', () => {
	it('answers as the chart hangs the node, through an inferred relation where the backbone leaves it out', () => {
		const edge = drawnParentEdge(opinions2015, all, 'central-organisation-dept');
		expect(edge).toMatchObject({ from: 'party-central', kind: 'party-lead', provenance: 'interpretive' });
		const v = visibleGraph(opinions2015, { expanded: 'all' });
		const at = v.nodes.findIndex((n) => n.id === 'central-organisation-dept');
		expect(v.nodes[v.parent[at]].id).toBe('party-central');
	});

	it('is undefined for a root and for an unknown node', () => {
		expect(drawnParentEdge(opinions2015, all, 'party-central')).toBeUndefined();
		expect(drawnParentEdge(opinions2015, all, 'no-such-node')).toBeUndefined();
	});

	it('follows the layers shown: without the inferred kind the node is a root', () => {
		const backboneOnly = drawnTree(opinions2015, { layers: ['lead-manage'] });
		expect(drawnParentEdge(opinions2015, backboneOnly, 'central-organisation-dept')).toBeUndefined();
	});

	it('follows the date shown: after the 2024 reform the social-work department leads', () => {
		// On every date at once the chart draws the first relation listed, the body of before 2024.
		expect(drawnParentEdge(opinions2015, all, 'county-so-party-orgs')?.from).toBe('county-work-body');
		const today = drawnTree(opinions2015, { asOf: '2025-01-01' });
		expect(today.asOf).toBe('2025-01-01');
		expect(drawnParentEdge(opinions2015, today, 'county-so-party-orgs')?.from).toBe(
			'county-social-work-dept'
		);
	});
});

describe('drawnChildEdges(dataset, tree, id) and drawnDescendants(dataset, tree, id)', () => {
	it('give the children drawn under a node by any kind, and all below it nearest first', () => {
		const hanging = drawnChildEdges(opinions2015, all, 'county-work-body');
		expect(hanging.map((e) => [e.to, e.kind])).toEqual([
			['county-so-party-orgs', 'lead-manage'],
			['instructors', 'sends']
		]);
		expect(drawnDescendants(opinions2015, all, 'county-work-body')).toEqual([
			'county-so-party-orgs',
			'instructors'
		]);
		expect(drawnDescendants(opinions2015, all, 'county-committee').slice(0, 3)).toEqual([
			'county-organisation-dept',
			'county-civil-affairs',
			'county-related-depts'
		]);
	});

	it('list the descendants of a node with a hundred and fifty thousand children', () => {
		const n = 150_000;
		const node = (id: string) => ({
			id,
			kind: 'body',
			label: { zh: id, en: id },
			cites: [],
			provenance: 'user' as const
		});
		const hub = {
			...fixture,
			nodes: [node('hub'), ...Array.from({ length: n }, (_, i) => node(`c${i}`))],
			edges: Array.from({ length: n }, (_, i) => ({
				id: `e${i}`,
				kind: 'leads',
				from: 'hub',
				to: `c${i}`,
				cites: [],
				provenance: 'user' as const
			}))
		};
		expect(drawnDescendants(hub, drawnTree(hub, {}), 'hub')).toHaveLength(n);
	});

	it('are empty for a leaf and an unknown node', () => {
		const tree = drawnTree(fixture, {});
		expect(drawnChildEdges(fixture, tree, 'o3')).toEqual([]);
		expect(drawnDescendants(fixture, tree, 'nope')).toEqual([]);
	});
});
