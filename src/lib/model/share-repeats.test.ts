import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { NO_CITES, shareRepeats } from './share-repeats.js';
import type { Dataset } from './types.js';
import { tiny } from './__fixtures__/tiny.js';

/** A chart of `count` nodes in one chain under a root, none citing anything, as JSON. */
function chainJson(count: number): string {
	const dataset = tiny();
	dataset.nodes = [];
	dataset.edges = [];
	for (let i = 0; i < count; i++) {
		dataset.nodes.push({
			id: `n${i}`,
			kind: 'body',
			label: { zh: `组织${i}`, en: `Body ${i}` },
			cites: [],
			provenance: 'user'
		});
		if (i > 0)
			dataset.edges.push({
				id: `e${i}`,
				kind: 'lead',
				from: `n${i >> 1}`,
				to: `n${i}`,
				cites: [],
				provenance: 'user'
			});
	}
	return JSON.stringify(dataset);
}

describe('shareRepeats(dataset)', () => {
	it('leaves every value as it was', () => {
		const json = JSON.stringify(tiny());
		const dataset = JSON.parse(json) as Dataset;
		shareRepeats(dataset);
		expect(dataset).toEqual(tiny());
		expect(JSON.stringify(dataset)).toBe(json);
	});

	it('leaves every value as it was in a chart with more kinds than it compares in turn', () => {
		const many = tiny();
		for (let i = 0; i < 100; i++) many.kinds.nodes.push({ ...many.kinds.nodes[0], id: `kind${i}` });
		many.nodes[0].kind = 'kind99';
		const json = JSON.stringify(many);
		const dataset = JSON.parse(json) as Dataset;
		shareRepeats(dataset);
		expect(dataset).toEqual(many);
		expect(JSON.stringify(dataset)).toBe(json);
	});

	it('gives every node and edge that cites nothing the one frozen empty list', () => {
		const dataset = JSON.parse(chainJson(3)) as Dataset;
		shareRepeats(dataset);
		for (const item of [...dataset.nodes, ...dataset.edges]) expect(item.cites).toBe(NO_CITES);
		expect(() => dataset.nodes[0].cites.push(tiny().nodes[0].cites[0])).toThrow(TypeError);
		const cited = JSON.parse(JSON.stringify(tiny())) as Dataset;
		shareRepeats(cited);
		expect(cited.nodes[0].cites).toEqual(tiny().nodes[0].cites);
		expect(cited.nodes[0].cites).not.toBe(NO_CITES);
	});

	it('adds nothing to a dataset that is not what it should be: the full check still sees it as it came', () => {
		const odd = JSON.parse(chainJson(2)) as Dataset;
		const edge = odd.edges[0] as Partial<(typeof odd.edges)[0]>;
		delete edge.from;
		delete edge.kind;
		(odd.nodes[1] as { cites: unknown }).cites = 'none';
		odd.kinds.nodes.push(null as never);
		shareRepeats(odd);
		expect(Object.keys(edge)).toEqual(['id', 'to', 'cites', 'provenance']);
		expect(odd.nodes[1].cites).toBe('none');
	});

	it('frees the copies: a third of what a parsed chart of 20,000 nodes holds', () => {
		setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as () => void;
		const used = () => {
			gc();
			return process.memoryUsage().heapUsed;
		};
		const json = chainJson(20_000);
		const before = used();
		const dataset = JSON.parse(json) as Dataset;
		const parsed = used() - before;
		shareRepeats(dataset);
		const freed = before + parsed - used();
		expect(dataset.nodes).toHaveLength(20_000);
		expect(freed / parsed).toBeGreaterThan(0.25);
	});
});
