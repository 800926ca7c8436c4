import { describe, expect, it } from 'vitest';
import { buildScene } from '#lib/scene/build-scene.js';
import { generateNational } from '#lib/data/generate-national.js';
import { shareSceneStrings } from './share-scene-strings.js';

describe('shareSceneStrings(scene)', () => {
	it('leaves a cloned Scene equal to the one built, collapsed counts included', () => {
		const built = buildScene(generateNational({ nodes: 300, seed: 2 }), { lang: 'en' });
		expect(built.nodes.some((n) => n.hidden > 0)).toBe(true);
		const shared = shareSceneStrings(structuredClone(built));
		expect(shared).toEqual(built);
		const plain = shared.nodes.filter((n) => n.hidden === 0);
		expect(plain.length).toBeGreaterThan(0);
		expect(plain.every((n) => n.hiddenByKind === plain[0].hiddenByKind)).toBe(true);
	});
});
