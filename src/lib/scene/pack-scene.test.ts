import { describe, expect, it } from 'vitest';
import { buildScene } from './build-scene.js';
import { packScene, transferables, unpackScene } from './pack-scene.js';
import { fixture } from './fixture.test-fixture.js';
import { generateNational } from '#lib/data/generate-national.js';

describe('packScene(scene)', () => {
	it('unpacks to an equal Scene: collapsed counts, curves, stacks, emphasis and every layout', () => {
		const generated = generateNational({ nodes: 300, seed: 2 });
		const scenes = [
			buildScene(generated, { lang: 'en' }),
			buildScene(
				generated,
				{ expanded: 'all', theme: 'dark' },
				{ highlight: [generated.nodes[0].id], dimOthers: true }
			),
			buildScene(fixture, { layout: 'radial', expanded: [] }),
			buildScene(fixture, { layout: 'layered' }, { dim: [fixture.nodes[0].id] })
		];
		expect(scenes[0].nodes.some((n) => n.hidden > 0)).toBe(true);
		for (const scene of scenes) expect(unpackScene(structuredClone(packScene(scene)))).toEqual(scene);
	});

	it('shares one copy of each repeated value among nodes and lines', () => {
		const scene = unpackScene(
			packScene(buildScene(generateNational({ nodes: 300, seed: 2 }), { lang: 'en' }))
		);
		const plain = scene.nodes.filter((n) => n.hidden === 0);
		expect(plain.length).toBeGreaterThan(1);
		expect(plain.every((n) => n.hiddenByKind === plain[0].hiddenByKind)).toBe(true);
		const packed = packScene(scene);
		expect(packed.nodeStyles.length).toBeLessThan(20);
		expect(packed.edgeStyles.length).toBeLessThan(40);
	});

	it('moves its typed arrays to the receiver instead of copying them', () => {
		const packed = packScene(buildScene(fixture, {}));
		const moved = structuredClone(packed, { transfer: transferables(packed) });
		expect(packed.nodeNumbers.length).toBe(0);
		expect(unpackScene(moved).nodes).toHaveLength(fixture.nodes.length);
	});

	it('refuses a line whose end is not in the scene', () => {
		const scene = buildScene(fixture, {});
		const broken = { ...scene, edges: [{ ...scene.edges[0], to: 'nowhere' }] };
		expect(() => packScene(broken)).toThrow(/ends outside the scene/);
	});
});
