import { describe, expect, it } from 'vitest';
import { buildPackedScene, buildScene } from './build-scene.js';
import { NODE_NUMBERS, SceneWriter, transferables, unpackScene } from './pack-scene.js';
import { RouteColumn } from './route-column.js';
import { packedIndex, packedNode } from './packed-index.js';
import { fixture } from './__fixtures__/chain.js';
import { generateNational } from '#lib/data/generate-national.js';

describe('the packed Scene', () => {
	const generated = generateNational({ nodes: 300, seed: 2 });
	const cases = [
		buildPackedScene(generated, { lang: 'en' }),
		buildPackedScene(
			generated,
			{ expanded: 'all', theme: 'dark' },
			{ highlight: [generated.nodes[0].id], dimOthers: true }
		),
		buildPackedScene(fixture, { layout: 'radial', expanded: [] }),
		buildPackedScene(fixture, { layout: 'layered' }, { dim: [fixture.nodes[0].id] })
	];

	it('survives a structured clone: collapsed counts, curves, stacks, emphasis and every layout', () => {
		const scene = unpackScene(cases[0]);
		expect(scene.nodes.some((n) => n.hidden > 0)).toBe(true);
		expect(scene.edges.some((e) => e.control)).toBe(true);
		for (const packed of cases) expect(unpackScene(structuredClone(packed))).toEqual(unpackScene(packed));
	});

	it('unpacks to records that agree with its arrays', () => {
		const packed = cases[1];
		const scene = unpackScene(packed);
		expect(scene.nodes).toHaveLength(packed.nodeStyle.length);
		scene.nodes.forEach((n, i) => {
			expect([n.x, n.y, n.width, n.height]).toEqual([
				...packed.nodeNumbers.subarray(i * NODE_NUMBERS, i * NODE_NUMBERS + 4)
			]);
			expect(n.fill).toBe(packed.nodeStyles[packed.nodeStyle[i]].fill);
		});
		expect(scene.nodes.some((n) => n.emphasis === 'highlight')).toBe(true);
		expect(scene.nodes.some((n) => n.emphasis === 'dim')).toBe(true);
	});

	it('gives one node’s record as the unpacked Scene has it, without unpacking the rest', () => {
		for (const packed of cases) {
			const { nodes } = unpackScene(packed);
			for (const node of nodes) expect(packedNode(packed, node.id)).toEqual(node);
		}
		expect(unpackScene(cases[0]).nodes.some((n) => n.collapsed && n.hidden > 0)).toBe(true);
		expect(packedNode(cases[0], 'no such node')).toBeNull();
	});

	it('finds nodes by id in Scenes read one after another, with the same nodes or others', () => {
		const view = { expanded: 'all' as const };
		const scenes = [
			buildPackedScene(generated, view),
			buildPackedScene(generated, view, { highlight: [generated.nodes[5].id] }),
			buildPackedScene(generated, { expanded: [] }),
			buildPackedScene(generated, view)
		];
		for (const packed of [...scenes, scenes[0], scenes[2]]) {
			const index = packedIndex(packed);
			unpackScene(packed).nodes.forEach((n, i) => {
				expect(index.indexOf(n.id)).toBe(i);
				expect(index.id(i)).toBe(n.id);
			});
			expect(index.indexOf('no such node')).toBe(-1);
		}
	});

	it('keeps each repeated value once: styles in small tables, one shared empty count', () => {
		const packed = cases[0];
		expect(packed.nodeStyles.length).toBeLessThan(20);
		expect(packed.edgeStyles.length).toBeLessThan(40);
		const plain = unpackScene(packed).nodes.filter((n) => n.hidden === 0);
		expect(plain.length).toBeGreaterThan(1);
		expect(plain.every((n) => n.hiddenByKind === plain[0].hiddenByKind)).toBe(true);
	});

	it('moves its typed arrays to the receiver instead of copying them', () => {
		const packed = buildPackedScene(fixture, {});
		const moved = structuredClone(packed, { transfer: transferables(packed) });
		expect(packed.nodeNumbers.length).toBe(0);
		expect(unpackScene(moved)).toEqual(buildScene(fixture, {}));
	});

	it('is written node by node, with lines between node indexes, from reused records', () => {
		const scene = buildScene(fixture, {});
		const writer = new SceneWriter(scene.nodes.length);
		const record = { ...scene.nodes[0] };
		for (const n of scene.nodes) writer.node(Object.assign(record, n));
		const index = new Map(scene.nodes.map((n, i) => [n.id, i]));
		const routes = new RouteColumn(scene.edges.length, 0);
		for (const e of scene.edges) {
			for (let i = 0; i < e.points.length; i += 2) routes.point(e.points[i], e.points[i + 1]);
			if (e.control) routes.control(...e.control);
			routes.end(e.labelX, e.labelY);
		}
		scene.edges.forEach((e, line) => writer.edge(e, index.get(e.from)!, index.get(e.to)!, routes, line));
		const { nodes, edges, ...head } = scene;
		expect(nodes.length + edges.length).toBeGreaterThan(0);
		expect(unpackScene(writer.finish(head))).toEqual(scene);
	});
});
