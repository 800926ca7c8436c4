import { describe, expect, test } from 'vitest';
import { branchScenes } from './branch-scenes.js';
import { fixtureScene } from './scene.test-fixture.js';

describe('branchScenes(scene)', () => {
	test('titles each branch with its top node’s whole label: words kept apart in English', () => {
		for (const lang of ['en', 'zh'] as const) {
			const scene = fixtureScene(lang);
			for (const branch of branchScenes(scene)) {
				const top = scene.nodes.find((n) => branch.title.endsWith(n.lines.join(lang === 'en' ? ' ' : '')));
				expect(top, branch.title).toBeDefined();
				expect(branch.nodes.map((n) => n.id)).toContain(top!.id);
			}
		}
		const wrapped = fixtureScene('en').nodes.filter((n) => n.lines.length > 1);
		expect(wrapped.length).toBeGreaterThan(0);
	});
});
