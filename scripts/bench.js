// `npm run bench`: what a reader waits for. Headless Chromium opens generated charts shaped like
// the national chain from ANOTHER origin (`?src=`, with CORS) fully expanded, and times
// navigation → first complete frame, interleaved load by load with the floor page (the same JSON
// from the same origin, d3.tree, boxes in view on a canvas: scripts/bench/floor.html), and prints
// our ratio to it. Three shapes (src/lib/data/bench-shapes.ts): lean, rich, and a tree along a
// kind that is not the backbone. Beside the first frames: how many loads became ready, JS heap
// after a forced GC and frame times while zooming (one load each); at 1M also a chart the server
// stores (scripts/bench/stored-chart.js); at 100k and 1M, searching for nodes and picking them once
// the chart is drawn (scripts/bench/interactions.js). Then the whole country's regional instance over the
// API, the embed's first frame, the PNG targets and the export timings (scripts/bench-export.js).
//
// Environment: BENCH_PORT (app, default 4183; the data origin is the next port, the floor page's
// the one after; the stored-chart slot takes the two after that), BENCH_SIZES (default 10000,100000,1000000), BENCH_SHAPES (default all three;
// past 100,000 nodes only lean unless BENCH_ALL_SHAPES=1), BENCH_LOADS (cold loads per chart and
// page, default 5; 3 past 100,000 nodes), BENCH_TIMEOUT (seconds a load may take, default 120),
// BENCH_EXPORTS=0 to skip the regional, embed, PNG and export timings.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { chromiumPath } from '../tests/chromium.js';
import { benchBrowserArgs, coldLoad, median } from './bench/loads.js';
import { startOrigins } from './bench/origins.js';
import { storedChart } from './bench/stored-chart.js';
import { formatCells, TARGETS } from './bench/table.js';
import { ensureBuild } from './bench/ensure-build.js';
import { regionalLine } from './bench/regional-line.js';
import { interactionsLine } from './bench/interactions.js';

const env = process.env;
const port = Number(env.BENCH_PORT ?? 4183);
const base = `http://127.0.0.1:${port}`;
const dataBase = `http://127.0.0.1:${port + 1}`;
const floorBase = `http://127.0.0.1:${port + 2}`;
const sizes = (env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const shapes = /** @type {import('../src/lib/data/bench-shapes.ts').BenchShape[]} */ (
	(env.BENCH_SHAPES ?? 'lean,rich,off-backbone').split(',')
);
const timeout = Number(env.BENCH_TIMEOUT ?? 120) * 1000;
const loadsFor = (/** @type {number} */ n) => Math.max(1, Number(env.BENCH_LOADS ?? (n > 100_000 ? 3 : 5)));
const dataDir = 'test-results/bench-json';

ensureBuild();

const server = spawn('node', ['scripts/serve.js'], {
	env: {
		...env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: base,
		TIAOKUAI_DATA_DIR: 'test-results/bench-data'
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
process.on('exit', () => server.kill());
for (let i = 0; ; i++) {
	try {
		if ((await fetch(`${base}/api/generated?nodes=1`)).ok) break;
	} catch {
		// not up yet
	}
	if (i > 300) throw new Error('The app server did not start.');
	await new Promise((r) => setTimeout(r, 100));
}
const origins = await startOrigins(port + 1, dataDir);
process.on('exit', () => origins.kill());

/** @type {{ module: typeof import('./bench/data.ts') }} */
const { module: data } = await runnerImport('./scripts/bench/data.ts', {
	configFile: false,
	logLevel: 'error'
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: benchBrowserArgs() });

/** Whether the servers have served a page yet (see interleaved). */
let warmed = false;

/**
 * Cold loads of the app at `url` and of the floor page on the same data, alternating so that a
 * busy moment of the shared machine falls on both; the first of each also measures zoom and heap.
 * @param {string} url
 * @param {string} floorUrl
 * @param {number} count
 */
async function interleaved(url, floorUrl, count) {
	/** @type {import('./bench/loads.js').Load[]} */ const app = [];
	/** @type {import('./bench/loads.js').Load[]} */ const floor = [];
	// One load of each, not counted, before the first measured: the servers have served a page
	// (as a running site has), so the first measured load does not time the app server's own
	// first render and file reads. Every measured load is still cold in the browser.
	if (!warmed) {
		await coldLoad(browser, url, { timeout });
		await coldLoad(browser, floorUrl, { timeout });
		warmed = true;
	}
	for (let i = 0; i < count; i++) {
		app.push(await coldLoad(browser, url, { timeout, inspect: i === 0, settled: 'tiaokuai:repeats-shared' }));
		floor.push(await coldLoad(browser, floorUrl, { timeout, inspect: i === 0 }));
	}
	return { app, floor };
}

/** @type {import('./bench/table.js').Cell[]} */
const cells = [];
for (const n of sizes) {
	for (const shape of shapes) {
		if (n > 100_000 && shape !== 'lean' && env.BENCH_ALL_SHAPES !== '1') continue;
		const file = data.writeBenchData(dataDir, shape, n);
		const src = `${dataBase}/data/${file.name}`;
		const tree = file.backbone ? `&backbone=${file.backbone}` : '';
		const floorUrl = `${floorBase}/floor.html?src=${encodeURIComponent(src)}${tree}`;
		const loads = loadsFor(n);
		const run = await interleaved(
			`${base}/?src=${encodeURIComponent(src)}&expand=all${tree}`,
			floorUrl,
			loads
		);
		const cell = { shape, path: '?src=', n, mb: file.bytes / 2 ** 20, ...run };
		cells.push(cell);
		// Each row as soon as it is measured, so a run stopped part-way still reports.
		console.log(formatCells([cell]).split('\n')[2]);
		if (n < 1_000_000 || shape !== 'lean') continue;
		const slot = { base, file: join(dataDir, file.name), n, port: port + 3, loads, floor: run.floor };
		cells.push(await storedChart(slot));
	}
}
console.log(
	`\nNavigation → first complete frame, Tiaokuai (expand=all) vs the floor (same JSON, d3.tree, boxes in view on a canvas), headless Chromium 1280×800, data from another origin; ${new Date().toISOString()}`
);
console.log(formatCells(cells));
console.log(TARGETS);

// Searching for nodes and picking them, on the large lean charts once drawn (one cold load each).
for (const n of sizes.filter((n) => n >= 100_000)) {
	const file = data.writeBenchData(dataDir, 'lean', n);
	const url = `${base}/?src=${encodeURIComponent(`${dataBase}/data/${file.name}`)}&expand=all`;
	console.log(
		`\nSearch and pick, lean, ${n.toLocaleString('en')} nodes: ${await interactionsLine(browser, url, timeout)}.`
	);
}

if (env.BENCH_EXPORTS !== '0') {
	// The whole country as a regional instance, over the API: the first request and the median.
	console.log(await regionalLine(base));
	// The embed of the built-in dataset (issue 6), each load cold.
	const embed = [];
	for (let i = 0; i < 5; i++)
		embed.push((await coldLoad(browser, `${base}/embed/opinions-2015?lang=en`, { timeout })).nav);
	console.log(
		`Embed /embed/opinions-2015, navigation → first frame, 5 cold loads: median ${median(embed).toFixed(0)} ms (target < 1000 ms).`
	);
}
await browser.close();
server.kill();
origins.kill();

if (env.BENCH_EXPORTS !== '0') {
	/** @type {{ module: typeof import('./bench/png-targets.ts') }} */
	const { module: png } = await runnerImport('./scripts/bench/png-targets.ts', {
		configFile: false,
		logLevel: 'error'
	});
	console.log(`\n${png.formatPngRows(await png.benchPngTargets())}\n`);
	const exports = spawnSync('node', ['scripts/bench-export.js'], { stdio: 'inherit' });
	if (exports.status !== 0) process.exitCode = exports.status ?? 1;
}
