// Builds the two programs that run outside the app, from their TypeScript in src/lib/standalone/:
// - static/tiaokuai-chart.js, the <tiaokuai-chart> element any page loads with a script tag;
// - src/lib/export/html-viewer.built.ts, the viewer of the standalone HTML file as the string
//   exportHtml inlines.
// Both are committed, so the app and its tests run from a fresh clone; `npm run build` runs this
// first, and src/lib/standalone/built.test.ts fails while a committed output differs from a build.
import { writeFile } from 'node:fs/promises';
import { build } from 'vite';

/** What each program is built from and to. */
export const STANDALONE = {
	// Custom elements came with ES2022's class fields in every browser that has them.
	chart: { entry: 'src/lib/standalone/tiaokuai-chart.ts', out: 'static/tiaokuai-chart.js', target: 'es2022' },
	// An exported file opens in whatever browser its reader has.
	viewer: {
		entry: 'src/lib/standalone/html-viewer.ts',
		out: 'src/lib/export/html-viewer.built.ts',
		target: 'es2017'
	}
};

/**
 * One program bundled to a single script, unminified so a reader can follow it.
 * @param {{ entry: string, target: string }} program
 * @returns {Promise<string>}
 */
async function bundle({ entry, target }) {
	const result = /** @type {import('vite').Rolldown.RolldownOutput[]} */ (
		await build({
			configFile: false,
			logLevel: 'warn',
			build: {
				write: false,
				target,
				minify: false,
				lib: { entry, formats: ['iife'], name: 'tiaokuai' },
				rolldownOptions: { checks: { pluginTimings: false } }
			}
		})
	);
	return result[0].output[0].code;
}

/** The files the build writes, path → text. */
export async function standaloneFiles() {
	const chart = await bundle(STANDALONE.chart);
	const viewer = await bundle(STANDALONE.viewer);
	return {
		[STANDALONE.chart.out]:
			`// Built by scripts/build-standalone.js from ${STANDALONE.chart.entry}; do not edit.\n` + chart,
		[STANDALONE.viewer.out]:
			`// Built by scripts/build-standalone.js from ${STANDALONE.viewer.entry}; do not edit.\n` +
			`/** The script of the standalone HTML file, as a string (see ${STANDALONE.viewer.entry}). */\n` +
			`export const HTML_VIEWER_SCRIPT = ${JSON.stringify(viewer)};\n`
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const [path, text] of Object.entries(await standaloneFiles())) await writeFile(path, text);
}
