import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** The pure core: plain TypeScript that must run in Node, a worker or a test without a DOM. */
const core = [
	'src/lib/model/**',
	'src/lib/layout/**',
	'src/lib/scene/**',
	'src/lib/export/**',
	'src/lib/io/**'
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'static/',
			'src/lib/export/html-viewer.built.ts',
			'tests/fixtures/slidev-deck/'
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
	{
		files: core,
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'The core must not depend on Svelte.' },
						{ group: ['$app/*'], message: 'The core must not depend on SvelteKit.' },
						{
							group: ['\\#lib/components/*', '*.svelte'],
							message: 'Types flow from the core to components, never back.'
						},
						{ group: ['\\#lib/server/*'], message: 'The core must not reach the server store.' },
						{
							group: ['\\#lib/render/*'],
							message: 'The core makes Scenes; drawing them on a canvas is the render floor above it.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'localStorage']
		}
	},
	{
		// Drawing on a canvas: DOM types and a document for off-screen bitmaps, but no Svelte, and
		// nothing from the floors above it (components, pages).
		files: ['src/lib/render/**'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*', '$app/*'], message: 'Rendering must not depend on Svelte.' },
						{
							group: ['\\#lib/components/**', '*.svelte', '**/routes/**'],
							message: 'Components call render functions, never the other way round.'
						},
						{ group: ['\\#lib/server/*'], message: 'Rendering runs in the browser, not on the server.' }
					]
				}
			]
		}
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
		// A unit test is one long describe() of short cases, and a test fixture is one data literal:
		// their files keep the 350-line limit, their functions do not have the 80-line one.
		files: ['src/**/*.test.ts', 'src/**/*.test-fixture.ts'],
		rules: { 'max-lines-per-function': 'off' }
	}
);
