import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { STANDALONE, standaloneFiles } from '../../../scripts/build-standalone.js';

describe('scripts/build-standalone.js', () => {
	test('the committed embed script and HTML viewer are what their TypeScript builds to now', async () => {
		const built = await standaloneFiles();
		expect(Object.keys(built).sort()).toEqual([STANDALONE.chart.out, STANDALONE.viewer.out].sort());
		for (const [path, text] of Object.entries(built)) {
			// Run `npm run build:standalone` after changing src/lib/standalone/ or what it imports.
			expect(readFileSync(path, 'utf8'), `${path} is stale`).toBe(text);
		}
	}, 60_000);
});
