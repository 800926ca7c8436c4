import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// One fixture convention (docs/testing.md#fixtures): every fixture, a data file or a TypeScript
// module that builds test inputs, lives in a __fixtures__/ folder beside the tests that use it.

/** Every file under `root`, as paths from the repository. */
function files(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => `${e.parentPath}/${e.name}`);
}

/** A name that says "fixture" or "test input" in any of the spellings the project once used. */
const FIXTURE_NAME = /fixture|test-?inputs?/i;

/** Tests, and the expected outputs in __golden__/ (named after the fixture they were made from). */
const NOT_FIXTURES = /\.(test|e2e)\.ts$|(^|\/)__golden__\//;

/** The paths that name a fixture outside a __fixtures__/ folder, or a folder spelled otherwise. */
function outsideConvention(paths: string[]): string[] {
	return paths.filter((path) => {
		if (NOT_FIXTURES.test(path)) return false;
		const parts = path.split('/');
		const inFixtures = parts.indexOf('__fixtures__');
		return parts.some(
			(part, i) => FIXTURE_NAME.test(part) && part !== '__fixtures__' && (inFixtures < 0 || i < inFixtures)
		);
	});
}

describe('fixture convention', () => {
	it('finds the spellings it replaced', () => {
		expect(
			outsideConvention([
				'src/lib/export/scene.test-fixture.ts',
				'src/lib/layout/test-inputs.ts',
				'tests/fixtures/small-dataset.json',
				'src/lib/io/__fixtures__/workbook.ts',
				'src/lib/export/__golden__/fixture.zh.svg',
				'tests/__fixtures__/make-fixtures.sh'
			])
		).toEqual([
			'src/lib/export/scene.test-fixture.ts',
			'src/lib/layout/test-inputs.ts',
			'tests/fixtures/small-dataset.json'
		]);
	});

	it('keeps every fixture in src and tests in a __fixtures__ folder', () => {
		expect(outsideConvention([...files('src'), ...files('tests')])).toEqual([]);
	});
});
