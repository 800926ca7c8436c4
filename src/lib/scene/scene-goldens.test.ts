import { describe, expect, test } from 'vitest';
import { goldenCases, goldenScene, sceneGoldenText } from './__fixtures__/scene-goldens.js';

// Reviewed files, one per view: a change that moves, recolours or relabels anything in a Scene
// fails here until the new files are written (UPDATE_SNAPSHOT=all npx vitest run --project core
// src/lib/scene/scene-goldens.test.ts) and the diff is read and committed.
describe('buildScene(dataset, view) of the built-in dataset', () => {
	test.each(goldenCases().map((c) => [c.name, c] as const))(
		'matches the golden Scene (%s)',
		async (name, c) => {
			await expect(sceneGoldenText(goldenScene(c), c)).toMatchFileSnapshot(`./__golden__/scene.${name}.txt`);
		}
	);
});
