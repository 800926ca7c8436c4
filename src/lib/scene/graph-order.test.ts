import { describe, expect, it } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { asOf } from '#lib/model/as-of.js';
import { buildGraph } from '#lib/model/graph.js';
import { reordered } from '#lib/model/__fixtures__/tiny.js';
import { compareMarks } from './compare-marks.js';
import { traceNode, type Trace } from './trace.js';

const sorted = (ids: Iterable<string>) => [...ids].sort();

/** A trace with every list that follows dataset order sorted. */
const traceSets = (trace: Trace) => ({
	nodes: sorted(trace.nodes),
	edges: sorted(trace.edges),
	up: trace.up.map((chain) => ({
		kind: chain.kind,
		levels: chain.levels.map(sorted),
		edges: sorted(chain.edges)
	})),
	down: sorted(trace.down.nodes)
});

const kinds = opinions2015.kinds.edges.map((k) => k.id);
const hierarchical = opinions2015.kinds.edges.filter((k) => k.hierarchical).map((k) => k.id);
const options = { upKinds: kinds, downKinds: hierarchical, centreKinds: hierarchical };
const others = [11, 2024].map((seed) => reordered(opinions2015, seed));

describe('trace and compare marks do not depend on the order a dataset lists its items in', () => {
	it.each([
		'county-so-party-orgs',
		'prefecture-so-party-orgs',
		'province-committee',
		'county-organisation-dept'
	])('traces %s the same on every date', (id) => {
		for (const date of ['2016-01-01', '2019-06-01', '2024-12-31']) {
			const trace = traceSets(traceNode(asOf(buildGraph(opinions2015), date), id, options));
			expect(trace.nodes.length).toBeGreaterThan(1);
			for (const other of others)
				expect(traceSets(traceNode(asOf(buildGraph(other), date), id, options))).toEqual(trace);
		}
	});

	it('marks the same changes between two dates, listed in the order of the dataset at hand', () => {
		const marks = compareMarks(opinions2015, '2016-01-01', '2024-12-31');
		expect(marks.nodes.size).toBeGreaterThan(0);
		for (const other of others) {
			const otherMarks = compareMarks(other, '2016-01-01', '2024-12-31');
			expect(Object.fromEntries(otherMarks.nodes)).toEqual(Object.fromEntries(marks.nodes));
			expect(Object.fromEntries(otherMarks.edges)).toEqual(Object.fromEntries(marks.edges));
			// The compare panel names the first few added and removed: in the dataset's own order.
			const order = buildGraph(other).order;
			const positions = [...otherMarks.nodes]
				.filter(([, mark]) => mark !== 'changed')
				.map(([id]) => order.get(id)!);
			expect(positions).toEqual([...positions].sort((a, b) => a - b));
		}
	});
});
