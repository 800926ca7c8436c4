import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * The floors of src/, bottom first (docs/architecture.md#floors). A folder may import the folders
 * on the floors below its own, and nothing on its own floor or above it, so every import runs
 * down; src/lint-floors.test.ts checks that one running back up is reported on every floor.
 */
const floors = [
	['model', 'lazy'],
	['i18n', 'data', 'layout', 'search', 'packed'],
	['scene'],
	['export', 'render', 'embed', 'editor', 'story', 'api-client'],
	['io', 'standalone'],
	['server', 'components'],
	['routes', 'hooks']
];

/** The pure core: plain TypeScript that must run in Node, a worker or a test without a DOM. */
const core = ['model', 'layout', 'scene', 'export', 'io'];

/** Tests and their fixtures may reach across floors; shipped code may not. */
const testFiles = ['**/*.test.ts', '**/__fixtures__/**'];

/** The files of a floor's folder. @param {string} folder */
const filesOf = (folder) =>
	folder === 'routes'
		? ['src/routes/**']
		: folder === 'hooks'
			? ['src/hooks.*.ts']
			: [`src/lib/${folder}/**`];

/**
 * Matches an import of any of these folders, through `#lib/` or a relative path.
 * @param {string[]} folders
 */
const importOf = (folders) => {
	const lib = folders.filter((f) => f !== 'routes' && f !== 'hooks');
	const alternatives = [];
	if (lib.length) alternatives.push(`^(?:#lib/|\\./lib/|(?:\\.\\./)+(?:lib/)?)(?:${lib.join('|')})(?:/|$)`);
	if (folders.includes('routes')) alternatives.push('(?:^|/)routes(?:/|$)');
	if (folders.includes('hooks')) alternatives.push('(?:^|/)hooks\\.(?:client|server)(?:\\.[jt]s)?$');
	return alternatives.join('|');
};

/**
 * The `no-restricted-imports` patterns of one folder on floor `level`.
 * @param {string} folder
 * @param {number} level
 * @returns {({ regex: string; message: string } | { group: string[]; message: string })[]}
 */
function floorPatterns(folder, level) {
	const above = floors
		.slice(level)
		.flat()
		.filter((f) => f !== folder);
	const below = floors.slice(0, level).flat();
	/** @type {ReturnType<typeof floorPatterns>} */
	const patterns = [
		{
			regex: importOf(above),
			message: `Imports run down the floors (docs/architecture.md#floors): ${folder} is on floor ${level} and may import only ${below.length ? below.join(', ') : 'packages'}.`
		},
		{
			regex: '(?:^|/)(?:__fixtures__|tests)(?:/|$)',
			message: 'Fixtures and test helpers are for tests; shipped code never imports them.'
		}
	];
	if (level < floors.findIndex((floor) => floor.includes('components'))) {
		patterns.push({
			group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/kit', '@sveltejs/kit/*', '*.svelte'],
			message:
				'Svelte and SvelteKit start at the components and server floor; the floors below are plain TypeScript.'
		});
	}
	if (core.includes(folder)) {
		patterns.push({
			regex: importOf(['render']),
			message: 'The core makes Scenes; drawing them on a canvas is the render floor above it.'
		});
	}
	return patterns;
}

/**
 * One block per folder, since a later block's options for a rule replace an earlier one's.
 * @type {import('eslint').Linter.Config[]}
 */
const floorBlocks = floors.flatMap((floor, level) =>
	floor.map((folder) => ({
		files: filesOf(folder),
		ignores: testFiles,
		rules: { 'no-restricted-imports': ['error', { patterns: floorPatterns(folder, level) }] }
	}))
);

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'static/',
			'src/lib/export/html-viewer.built.ts',
			'tests/__fixtures__/slidev-deck/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	...floorBlocks,
	{
		files: core.flatMap(filesOf),
		ignores: testFiles,
		rules: { 'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'localStorage'] }
	},
	{
		// Issue 20's size rules for shipped source: files of at most 350 lines, functions of at most 80.
		// Blank lines and comments count: a file is as long as a reader has to scroll.
		files: ['src/**/*.ts', 'src/**/*.svelte', 'scripts/**/*.js', 'scripts/**/*.ts'],
		rules: {
			'max-lines': ['error', { max: 350, skipBlankLines: false, skipComments: false }],
			'max-lines-per-function': [
				'error',
				{ max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }
			]
		}
	},
	{
		// A unit test is one long describe() of short cases, and a fixture is mostly data:
		// their files keep the 350-line limit, their functions do not have the 80-line one.
		files: ['src/**/*.test.ts', 'src/**/__fixtures__/**'],
		rules: { 'max-lines-per-function': 'off' }
	}
);
