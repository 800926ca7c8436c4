import { describe, expect, it } from 'vitest';
import { buildPackedScene, buildScene } from './build-scene.js';
import { generateNational } from '#lib/data/generate-national.js';
import { edgePath } from './edge-path.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { fixture } from './__fixtures__/chain.js';
import type { SceneNode } from './types.js';
import { NODE_TYPE } from './node-box.js';
import { textWidth } from './text-metrics.js';

/** True when two node boxes overlap. */
function overlaps(a: SceneNode, b: SceneNode): boolean {
	return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

describe('buildScene(dataset, view)', () => {
	it('places every visible node without overlaps, children below their parents', () => {
		const scene = buildScene(fixture, {});
		expect(scene.nodes).toHaveLength(6);
		for (const a of scene.nodes) for (const b of scene.nodes) if (a !== b) expect(overlaps(a, b)).toBe(false);
		const y = Object.fromEntries(scene.nodes.map((n) => [n.id, n.y]));
		expect(y.p1).toBeGreaterThan(y.c);
		expect(y.o1).toBeGreaterThan(y.p1);
	});

	it('draws a view too large for the layered layout as a top-down tree, and says so in its head', () => {
		const data = generateNational({ nodes: 1_200, seed: 3 });
		const layered = buildScene(data, { expanded: 'all', layout: 'layered' });
		const tree = buildScene(data, { expanded: 'all' });
		const links = tree.edges.filter((e) => !e.backbone).length;
		expect(layered.layoutLimit).toMatchObject({ nodes: tree.nodes.length, links, most: 1_500 });
		expect(layered.layoutLimit!.size).toBeGreaterThan(1_500);
		expect(buildPackedScene(data, { expanded: 'all', layout: 'layered' }).head.layoutLimit).toEqual(
			layered.layoutLimit
		);
		expect(tree.layoutLimit).toBeUndefined();
		// Collapsed to what the layout places, the same chart is layered.
		expect(buildScene(data, { layout: 'layered' }).layoutLimit).toBeUndefined();
	});

	it('lays out left to right when asked', () => {
		const scene = buildScene(fixture, { layout: 'tree-lr' });
		const x = Object.fromEntries(scene.nodes.map((n) => [n.id, n.x]));
		expect(x.p1).toBeGreaterThan(x.c);
	});

	it('labels in the view language and wraps long labels', () => {
		const en = buildScene(fixture, { lang: 'en' });
		const p1 = en.nodes.find((n) => n.id === 'p1')!;
		expect(p1.lines.length).toBeGreaterThan(1);
		expect(p1.lines.join(' ')).toContain('Provincial');
		expect(en.nodes.find((n) => n.id === 'c')!.kindLabel).toBe('Centre');
		expect(buildScene(fixture, {}).nodes.find((n) => n.id === 'c')!.lines).toEqual(['中央委员会']);
	});

	it('gives a long kind name room in the box, and keeps it whole (it names the kind to screen readers)', () => {
		const named = structuredClone(fixture);
		const centre = named.kinds.nodes.find((k) => k.id === named.nodes.find((n) => n.id === 'c')!.kind)!;
		centre.label.zh = '社会组织党建工作指导服务中心（综合党委派出机构）';
		const c = buildScene(named, {}).nodes.find((n) => n.id === 'c')!;
		expect(c.kindLabel).toBe(centre.label.zh);
		expect(c.width).toBeGreaterThan(textWidth(c.kindLabel, NODE_TYPE.kindSize));
	});

	it('marks collapsed nodes with what they hide and draws bundled links with their count', () => {
		const scene = buildScene(fixture, { expanded: ['c', 'p2'] });
		const p1 = scene.nodes.find((n) => n.id === 'p1')!;
		expect(p1).toMatchObject({ collapsed: true, hidden: 2, hiddenByKind: { org: 2 } });
		const bundle = scene.edges.find((e) => e.count === 2)!;
		expect(bundle).toMatchObject({ kind: 'guides', from: 'p2', to: 'p1', backbone: false, label: '指导 ×2' });
		expect(edgePath(bundle)).toMatch(/^M[\d.-]+,[\d.-]+Q/);
	});

	it('counts node and relation kinds in the legend, relations bundled or not', () => {
		const scene = buildScene(fixture, { expanded: ['c', 'p2'] });
		expect(scene.legend.nodes.map((n) => [n.kind, n.count])).toEqual([
			['centre', 1],
			['body', 2],
			['org', 1]
		]);
		expect(Object.fromEntries(scene.legend.edges.map((e) => [e.kind, e.count]))).toEqual({
			leads: 3,
			guides: 2,
			relies: 1
		});
		expect(scene.legend.box.y).toBeGreaterThan(scene.bounds.y + scene.bounds.height);
	});

	it('shows the structure as of a date', () => {
		expect(datasetAsOf(fixture, '2019-01-01').nodes.map((n) => n.id)).not.toContain('p2');
		const scene = buildScene(fixture, { asOf: '2019-01-01' });
		expect(scene.nodes.map((n) => n.id)).toEqual(['c', 'p1', 'o1', 'o2', 'o3']);
		expect(scene.edges.some((e) => e.from === 'p2' || e.to === 'p2')).toBe(false);
		expect(scene.sourceLine).toBe('来源：《文件》 · 截至 2019-01-01');
	});

	it('rings highlighted nodes and dims the rest when asked', () => {
		const scene = buildScene(fixture, {}, { highlight: ['o1'], dimOthers: true });
		expect(scene.nodes.find((n) => n.id === 'o1')!.emphasis).toBe('highlight');
		expect(scene.nodes.find((n) => n.id === 'c')!.emphasis).toBe('dim');
	});

	it('routes lines to branches wrapped into rows down a spine, every run straight across or down', () => {
		const scene = buildScene(generateNational({ nodes: 60, seed: 2 }), { expanded: 'all' });
		const node = new Map(scene.nodes.map((n) => [n.id, n]));
		const wrapped = scene.edges.filter((e) => e.backbone && e.points.length === 12);
		expect(wrapped.length).toBeGreaterThan(0);
		for (const e of wrapped) {
			const p = e.points;
			for (let i = 0; i + 3 < p.length; i += 2) expect(p[i] === p[i + 2] || p[i + 1] === p[i + 3]).toBe(true);
			const child = node.get(e.to)!;
			expect([p[10], p[11]]).toEqual([child.x, child.y - child.height / 2]);
		}
	});
});
