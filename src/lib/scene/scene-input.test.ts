import { describe, expect, it } from 'vitest';
import { buildScene } from './build-scene.js';
import { sceneInput } from './scene-input.js';
import { fixture } from './fixture.test-fixture.js';
import { generateNational } from '#lib/data/generate-national.js';

describe('sceneInput(dataset)', () => {
	const generated = generateNational({ nodes: 400, seed: 3, history: true });

	it('builds the same Scene as the whole dataset, for every view', () => {
		const views = [
			{},
			{ lang: 'en' as const, layout: 'tree-lr' as const, expanded: 'all' as const },
			{ asOf: '2016-01-01', layout: 'radial' as const },
			{ layers: ['leads'], theme: 'dark' as const }
		];
		for (const data of [fixture, generated])
			for (const view of views) expect(buildScene(sceneInput(data), view)).toEqual(buildScene(data, view));
	});

	it('leaves citations, regions and clauses behind', () => {
		const slim = sceneInput(generated);
		expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(generated).length * 0.6);
		expect(slim.nodes.every((n) => n.cites.length === 0 && n.region === undefined)).toBe(true);
		expect(slim.sources.every((s) => s.clauses.length === 0)).toBe(true);
	});
});
