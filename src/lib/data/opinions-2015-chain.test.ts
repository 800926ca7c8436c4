import { describe, expect, it } from 'vitest';
import { asOf } from '#lib/model/as-of.js';
import { buildGraph, type Graph } from '#lib/model/graph.js';
import { validate } from '#lib/model/validate.js';
import { opinions2015 } from './opinions-2015.js';

const graph = buildGraph(opinions2015);
const hierarchical = opinions2015.kinds.edges.filter((k) => k.hierarchical).map((k) => k.id);
const tierOf = (g: Graph, id: string): number | undefined => {
	const node = g.node(id)!;
	return node.tier ?? g.dataset.kinds.nodes.find((k) => k.id === node.kind)?.tier;
};

/** The nodes reachable upwards from `id` along hierarchical relations of the graph as given. */
function ancestors(g: Graph, id: string, kinds: readonly string[], provenances?: readonly string[]): Set<string> {
	const seen = new Set<string>();
	const queue = [id];
	while (queue.length > 0) {
		const at = queue.pop()!;
		for (const e of g.inEdges(at))
			if (kinds.includes(e.kind) && (!provenances || provenances.includes(e.provenance)) && !seen.has(e.from)) {
				seen.add(e.from);
				queue.push(e.from);
			}
	}
	return seen;
}

const DATES = ['2016-06-01', '2019-06-01', '2024-12-31', '2026-12-06'];

describe('opinions-2015: the chain reaches the centre at every date', () => {
	it.each(DATES)('on %s every work body and every Party organisation in social organisations reaches a tier-0 node', (date) => {
		const then = asOf(graph, date);
		const chained = then.nodes.filter((n) => n.kind === 'work-body' || n.kind === 'so-party-org');
		expect(chained.length).toBeGreaterThan(5);
		for (const n of chained) {
			const up = [...ancestors(then, n.id, hierarchical)];
			expect(up.some((a) => tierOf(then, a) === 0), `${n.id} on ${date}`).toBe(true);
		}
	});
	it.each(DATES)('on %s the county Party organisations reach the Central Committee without inferences', (date) => {
		const then = asOf(graph, date);
		const up = ancestors(then, 'county-so-party-orgs', hierarchical, ['primary', 'secondary']);
		expect(up).toContain('party-central');
		expect(up).toContain('county-committee');
	});
	it('keeps exactly one 统一领导和管理 parent for every Party organisation class at each date', () => {
		for (const date of DATES) {
			const then = asOf(graph, date);
			for (const n of then.nodes.filter((n) => n.kind === 'so-party-org'))
				expect(then.parents(n.id, 'lead-manage'), `${n.id} on ${date}`).toHaveLength(1);
		}
	});
	it('validates, interpretive provenance included', () => {
		expect(validate(JSON.parse(JSON.stringify(opinions2015))).ok).toBe(true);
		expect(opinions2015.edges.filter((e) => e.provenance === 'interpretive').length).toBeGreaterThan(10);
	});
});
