import { describe, expect, it } from 'vitest';
import { buildScene } from './build-scene.js';
import { inputTransferables, packSceneInput, sceneInputOf, unpackSceneInput } from './pack-scene-input.js';
import { fixture } from './__fixtures__/chain.js';
import { generateNational } from '#lib/data/generate-national.js';

describe('packSceneInput(dataset)', () => {
	const generated = generateNational({ nodes: 400, seed: 3, history: true });

	it('unpacks to an input that builds the same Scene as the whole dataset, for every view', () => {
		const views = [
			{},
			{ lang: 'en' as const, layout: 'tree-lr' as const, expanded: 'all' as const },
			{ asOf: '2016-01-01', layout: 'radial' as const },
			{ layers: ['leads'], theme: 'dark' as const }
		];
		for (const data of [fixture, generated]) {
			const packed = structuredClone(packSceneInput(data));
			for (const view of views)
				expect(buildScene(unpackSceneInput(packed), view)).toEqual(buildScene(data, view));
		}
	});

	it('is the same input when made from the dataset itself, which builds the same Scenes', () => {
		for (const data of [fixture, generated]) {
			const slim = sceneInputOf(data);
			expect(slim).toEqual(unpackSceneInput(packSceneInput(data)));
			expect(buildScene(slim, { expanded: 'all' })).toEqual(buildScene(data, { expanded: 'all' }));
			// The dataset's own strings, not copies: the very label of its first node.
			expect(slim.nodes[0].label.zh).toBe(data.nodes[0].label.zh);
		}
	});

	it('keeps validity, ends and labels exactly, and leaves citations, regions and clauses behind', () => {
		const slim = unpackSceneInput(packSceneInput(generated));
		expect(slim.nodes.map((n) => [n.id, n.kind, n.label, n.valid, n.provenance])).toEqual(
			generated.nodes.map((n) => [n.id, n.kind, n.label, n.valid, n.provenance])
		);
		expect(slim.edges.map((e) => [e.id, e.kind, e.from, e.to, e.valid])).toEqual(
			generated.edges.map((e) => [e.id, e.kind, e.from, e.to, e.valid])
		);
		expect(slim.nodes.some((n) => n.valid)).toBe(true);
		expect(slim.nodes.every((n) => n.cites.length === 0 && n.region === undefined)).toBe(true);
		expect(slim.sources.every((s) => s.clauses.length === 0)).toBe(true);
	});

	it('moves its typed arrays to the receiver instead of copying them', () => {
		const packed = packSceneInput(generated);
		const moved = structuredClone(packed, { transfer: inputTransferables(packed) });
		expect(packed.nodeKinds.length).toBe(0);
		expect(unpackSceneInput(moved).nodes).toHaveLength(generated.nodes.length);
	});
});
