import { describe, expect, it } from 'vitest';
import { generateNational, tierCounts } from './generate-national.js';

describe('generateNational(options)', () => {
	it.each([1, 30, 34, 500, 1000, 3211, 10_000])('makes exactly %i nodes with a valid backbone', (n) => {
		const data = generateNational({ nodes: n, seed: 3 });
		expect(data.nodes).toHaveLength(n);
		const ids = new Set(data.nodes.map((x) => x.id));
		expect(ids.size).toBe(n);
		const parents = new Map<string, string>();
		for (const e of data.edges) {
			expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
			expect(e.from).not.toBe(e.to);
			if (e.kind === 'leads') {
				expect(parents.has(e.to)).toBe(false);
				parents.set(e.to, e.from);
			}
		}
		// Every node but the central bodies has exactly one backbone parent, one tier up.
		const tier = new Map(data.nodes.map((x) => [x.id, x.tier!]));
		for (const node of data.nodes) {
			if (node.tier === 0) expect(parents.has(node.id)).toBe(false);
			else expect(tier.get(parents.get(node.id)!)!).toBeLessThan(node.tier!);
		}
	});

	it('uses the national tier sizes when large enough, with about 5 % extra relations', () => {
		const data = generateNational({ nodes: 10_000 });
		const byKind = Object.groupBy(data.nodes, (n) => n.kind);
		expect([3, 31, 333, 2844, 6789]).toEqual(
			['central', 'province', 'prefecture', 'county', 'grassroots'].map((k) => byKind[k]?.length)
		);
		const extra = data.edges.filter((e) => e.kind !== 'leads').length;
		expect(extra).toBeGreaterThan(450);
		expect(extra).toBeLessThanOrEqual(500);
		// Extra relations never come from the backbone parent and always run downward.
		const tier = new Map(data.nodes.map((x) => [x.id, x.tier!]));
		for (const e of data.edges) expect(tier.get(e.from)!).toBeLessThan(tier.get(e.to)!);
	});

	// The same chart from a seed in every process: src/lib/determinism.test.ts.
	it('makes another chart from another seed', () => {
		expect(generateNational({ nodes: 2000, seed: 9 })).not.toEqual(generateNational({ nodes: 2000, seed: 10 }));
	});

	it('cites its generated source on every node and edge and marks nodes as sample user data', () => {
		const data = generateNational({ nodes: 400 });
		expect(data.format).toBe('tiaokuai/1');
		expect(data.sources[0].clauses[0]).toMatchObject({ id: 'gen', heading: { zh: '生成', en: 'Generated' } });
		expect(data.sources[0].clauses[0].text).toContain('示例数据，节点与关系均非真实机构');
		for (const x of [...data.nodes, ...data.edges]) {
			expect(x.cites).toEqual([{ source: 'gen', clause: 'gen', quote: '示例数据' }]);
			expect(x.provenance).toBe('user');
		}
		for (const n of data.nodes) {
			expect(n.sample).toBe(true);
			expect(n.label.zh).not.toBe('');
			expect(n.label.en).not.toBe('');
			expect(data.kinds.nodes.some((k) => k.id === n.kind)).toBe(true);
		}
		expect(data.kinds.edges.filter((k) => k.backbone).map((k) => k.id)).toEqual(['leads']);
	});
});

describe('generateNational({ history: true })', () => {
	it('dates about 5 % of grassroots organisations, the rest stays undated', () => {
		const data = generateNational({ nodes: 8000, history: true });
		const dated = data.nodes.filter((n) => n.valid);
		expect(dated.length).toBeGreaterThan(30);
		expect(dated.length).toBeLessThan(0.08 * 8000);
		expect(dated.every((n) => n.kind === 'grassroots')).toBe(true);
		expect(generateNational({ nodes: 8000 }).nodes.some((n) => n.valid)).toBe(false);
	});
});

describe('tierCounts(n)', () => {
	it('adds up to n and keeps the real counts above the grassroots when n allows', () => {
		for (const n of [0, 2, 20, 100, 1000, 5000, 6055, 100_000]) expect(tierCounts(n).reduce((a, b) => a + b, 0)).toBe(n);
		expect(tierCounts(100_000).slice(0, 4)).toEqual([3, 31, 333, 2844]);
	});
});
