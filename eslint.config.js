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
							group: ['#lib/components/*', '*.svelte'],
							message: 'Types flow from the core to components, never back.'
						},
						{ group: ['#lib/server/*'], message: 'The core must not reach the server store.' }
					]
				}
			],
			'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'localStorage']
		}
	}
);
