import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The floors of src/ (docs/architecture.md#floors), bottom first: a folder may import the floors
// below its own and nothing on its floor or above. They are written out here rather than read from
// eslint.config.js, so that a floor dropped from the configuration, or a boundary loosened, fails.
const FLOORS = [
	['model', 'lazy'],
	['i18n', 'data', 'layout', 'search', 'packed'],
	['scene'],
	['export', 'render', 'embed', 'editor', 'story', 'api-client'],
	['io', 'standalone'],
	['server', 'components'],
	['routes', 'hooks']
];
const FOLDERS = FLOORS.flat();
const floorOf = (folder: string) => FLOORS.findIndex((floor) => floor.includes(folder));
const BELOW_SVELTE = FOLDERS.filter((f) => floorOf(f) < floorOf('components'));
/** The core draws no canvas, though io's floor is above render's. */
const CORE = ['model', 'layout', 'scene', 'export', 'io'];
const forbidden = (from: string, to: string) =>
	floorOf(to) >= floorOf(from) || (CORE.includes(from) && to === 'render');

/** A shipped file of the folder, where the import is linted as if it were written. */
function fileIn(folder: string): string {
	if (folder === 'routes') return 'src/routes/floor-probe/+page.ts';
	if (folder === 'hooks') return 'src/hooks.server.ts';
	return `src/lib/${folder}/floor-probe.ts`;
}

/** The ways a file in `from` could name a module of `to`: by `#lib/` and by a relative path. */
function specifiers(from: string, to: string): string[] {
	const top = from === 'hooks' ? './' : '../../';
	if (to === 'routes') return [`${top}routes/+layout.js`];
	if (to === 'hooks') return [`${top}hooks.server.js`];
	const lib = from === 'hooks' || from === 'routes' ? `${top}lib/` : '../';
	return [`#lib/${to}/probe.js`, `${lib}${to}/probe.js`];
}

let eslint: ESLint;
beforeAll(() => {
	eslint = new ESLint({ cwd: process.cwd() });
});

/** The specifiers among `imports` that `no-restricted-imports` reports in `file`. */
async function reported(file: string, imports: string[]): Promise<string[]> {
	const text = imports.map((s) => `import '${s}';`).join('\n') + '\n';
	const [result] = await eslint.lintText(text, { filePath: file });
	return result.messages
		.filter((m) => m.ruleId === 'no-restricted-imports')
		.map((m) => imports[m.line - 1])
		.filter((s, i, all) => all.indexOf(s) === i);
}

describe('lint floors', () => {
	it('puts every folder of src/lib on a floor', () => {
		const folders = readdirSync('src/lib', { withFileTypes: true })
			.filter((e) => e.isDirectory() && e.name !== '__fixtures__')
			.map((e) => e.name);
		expect(folders.filter((f) => !FOLDERS.includes(f))).toEqual([]);
	});

	it.each(FOLDERS)('reports an import from %s running up or across, and no other', async (from) => {
		const others = FOLDERS.filter((to) => to !== from);
		const imports = others.flatMap((to) => specifiers(from, to));
		const upward = others.filter((to) => forbidden(from, to)).flatMap((to) => specifiers(from, to));
		expect(await reported(fileIn(from), imports)).toEqual(upward);
	});

	it.each(FOLDERS)('keeps fixtures and test helpers out of shipped code in %s', async (from) => {
		const imports = [
			'./__fixtures__/probe.js',
			'#lib/scene/__fixtures__/chain.js',
			'../../../tests/support/probe.js'
		];
		expect(await reported(fileIn(from), imports)).toEqual(imports);
	});

	it.each(BELOW_SVELTE)('keeps Svelte and SvelteKit out of %s', async (from) => {
		const imports = ['svelte', 'svelte/store', '$app/state', '@sveltejs/kit', './Probe.svelte'];
		expect(await reported(fileIn(from), imports)).toEqual(imports);
	});

	it('lets tests and fixtures reach across the floors', async () => {
		const imports = ['#lib/components/probe.js', '#lib/server/probe.js', './__fixtures__/probe.js'];
		expect(await reported('src/lib/model/probe.test.ts', imports)).toEqual([]);
		expect(await reported('src/lib/model/__fixtures__/probe.ts', imports)).toEqual([]);
	});
});
