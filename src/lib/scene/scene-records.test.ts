import { describe, expect, test } from 'vitest';
import { buildPackedScene, buildScene } from './build-scene.js';
import { unpackScene } from './pack-scene.js';
import { goldenCases, goldenOptions } from './__fixtures__/scene-goldens.js';

describe('SceneRecords', () => {
	test.each(goldenCases().map((c) => [c.name, c] as const))(
		'writes the Scene the packed one unpacks to, field for field and in the same order (%s)',
		(_, c) => {
			const records = buildScene(c.dataset, c.view, goldenOptions(c));
			const unpacked = unpackScene(buildPackedScene(c.dataset, c.view, goldenOptions(c)));
			// JSON text, not deep equality: exporters serialise the records, so their field order shows.
			expect(JSON.stringify(records)).toBe(JSON.stringify(unpacked));
		}
	);
});
