// `node scripts/bench/stored-1m.js [--json]`: navigation → first frame for the whole country
// (1,070,000 nodes) stored on the server and opened through its packed stream
// (/?src=/api/charts/:id/packed), against the `?src=` JSON floor on the same data: the bare page
// of scripts/bench/floor.html (fetch + JSON.parse + d3.tree + boxes in view on a canvas) reading
// the chart's JSON from another origin. Cold loads, each in a new browser context, medians.
//
// The chart is made once (scripts/store-chart.js --country, minutes on two busy cores) into
// data/bench-stored-<nodes> (not test-results/, which Playwright empties) and reused. Environment: STORED_NODES (1070000), BENCH_LOADS (3),
// BENCH_STORED_PORT (4273, the app), BENCH_FILES_PORT (4274, the JSON's other origin),
// BENCH_TIMEOUT (seconds a load may take, 300). With --json the result is printed as one JSON
// line too, for `npm run bench` to read. See docs/packed-format.md and docs/benchmarks.md.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../tests/chromium.js';
import { ensureBuild } from './ensure-build.js';
import { benchBrowserArgs } from './loads.js';

const nodes = Number(process.env.STORED_NODES ?? 1_070_000);
const loads = Math.max(1, Number(process.env.BENCH_LOADS ?? 3));
const port = Number(process.env.BENCH_STORED_PORT ?? 4273);
const filesPort = Number(process.env.BENCH_FILES_PORT ?? 4274);
const timeout = Number(process.env.BENCH_TIMEOUT ?? 300) * 1000;
const base = `http://127.0.0.1:${port}`;
const dir = `data/bench-stored-${nodes}`;
const jsonFile = `${dir}/country.json`;
const chartFile = `${dir}/chart.json`;

ensureBuild();
if (!existsSync(chartFile) || !existsSync(jsonFile)) {
	console.log(`Storing a country chart of ${nodes} nodes in ${dir} (once; takes minutes)…`);
	mkdirSync(dir, { recursive: true });
	const made = spawnSync(
		process.execPath,
		['--max-old-space-size=6000', 'scripts/store-chart.js', '--country', String(nodes), '--json', jsonFile],
		{
			env: { ...process.env, TIAOKUAI_DATA_DIR: dir },
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	if (made.status !== 0) process.exit(1);
	await import('node:fs').then((fs) => fs.writeFileSync(chartFile, made.stdout));
}
const chart = JSON.parse(readFileSync(chartFile, 'utf8'));

const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, TIAOKUAI_DATA_DIR: dir },
	stdio: ['ignore', 'ignore', 'inherit']
});
// The JSON floor reads the same chart from another origin, as `?src=` readers do.
const files = http
	.createServer((req, res) => {
		res.writeHead(200, {
			'content-type': 'application/json',
			'content-length': String(statSync(jsonFile).size),
			'access-control-allow-origin': '*'
		});
		createReadStream(jsonFile).pipe(res);
	})
	.listen(filesPort, '127.0.0.1');
process.on('exit', () => server.kill());
for (let i = 0; ; i++) {
	try {
		if ((await fetch(`${base}/api/charts?limit=1`)).ok) break;
	} catch {
		// not up yet
	}
	if (i > 600) throw new Error('The app server did not start.');
	await new Promise((r) => setTimeout(r, 100));
}

// Chromium 156 asks permission for a page on one loopback port to read another (Local Network
// Access) and headless has no one to ask; the floor's cross-origin read needs the check off.
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: benchBrowserArgs(['LocalNetworkAccessChecks'])
});

/**
 * One cold load: navigation → first frame, navigation → all data in hand (the stored chart's
 * last chunk; NaN for the floor, whose first frame needs all of it), and heap after GC once the
 * data is all in.
 * @param {string} url
 * @param {boolean} floor
 */
async function load(url, floor) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	if (floor)
		await page.route(`${base}/__bench/**`, (route) => {
			const d3 = /\/(d3-[a-z]+)\.min\.js$/.exec(route.request().url());
			return d3
				? route.fulfill({
						contentType: 'text/javascript',
						body: readFileSync(`node_modules/${d3[1]}/dist/${d3[1]}.min.js`, 'utf8')
					})
				: route.fulfill({
						contentType: 'text/html',
						body: readFileSync('scripts/bench/floor.html', 'utf8')
					});
		});
	const mark = (/** @type {string} */ name) =>
		page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, {
			timeout,
			polling: 50
		});
	try {
		await page.goto(url);
		const first = Number(await (await mark('tiaokuai:first-frame')).jsonValue());
		const all = floor ? NaN : Number(await (await mark('tiaokuai:complete')).jsonValue());
		if (!floor) await page.getByTestId('arrival').waitFor({ state: 'hidden', timeout });
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
		return { first, all, heap };
	} catch (error) {
		console.error(`${url}: ${String(error).split('\n')[0]}`);
		return { first: NaN, all: NaN, heap: NaN };
	} finally {
		await context.close();
	}
}

/** @param {string} url @param {boolean} floor */
async function series(url, floor) {
	const runs = [];
	for (let i = 0; i < loads; i++) runs.push(await load(url, floor));
	const median = (/** @type {number[]} */ list) => {
		const ok = list.filter(Number.isFinite).sort((a, b) => a - b);
		return {
			median: ok.length ? ok[Math.floor((ok.length - 1) / 2)] : NaN,
			min: ok[0] ?? NaN,
			max: ok.at(-1) ?? NaN
		};
	};
	return {
		first: median(runs.map((r) => r.first)),
		all: median(runs.map((r) => r.all)),
		heap: median(runs.map((r) => r.heap)),
		failed: runs.filter((r) => !Number.isFinite(r.first)).length
	};
}

const packedUrl = `${base}/?src=${encodeURIComponent(`/api/charts/${chart.id}/packed`)}`;
const floorUrl = `${base}/__bench/floor.html?src=${encodeURIComponent(`http://127.0.0.1:${filesPort}/country.json`)}`;
const stored = await series(packedUrl, false);
const floor = await series(floorUrl, true);
await browser.close();
server.kill();
files.close();

const ms = (/** @type {number} */ v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '—');
const cell = (/** @type {{ median: number, min: number, max: number }} */ s) =>
	`${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const packedMB = statSync(`${dir}/packed/${chart.id}@${chart.rev}.v1.tiaokuai`).size / 2 ** 20;
const jsonMB = statSync(jsonFile).size / 2 ** 20;
console.log(
	`\nStored chart of ${nodes.toLocaleString('en-US')} nodes, headless Chromium 1280×800, ${loads} cold loads each, median (range), ms`
);
console.log(
	'| path | navigation → first frame | navigation → all data in | heap MB after GC | failed loads |'
);
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(
	`| stored, packed stream (${packedMB.toFixed(0)} MB) | ${cell(stored.first)} | ${cell(stored.all)} | ${stored.heap.median.toFixed(0)} | ${stored.failed} |`
);
console.log(
	`| floor: \`?src=\` JSON (${jsonMB.toFixed(0)} MB), d3.tree + boxes in view | ${cell(floor.first)} | (same) | ${floor.heap.median.toFixed(0)} | ${floor.failed} |`
);
console.log(
	`First frame, stored / floor: ${(stored.first.median / floor.first.median).toFixed(2)}× (target: 3,000 ms, about a quarter of the floor).`
);
if (process.argv.includes('--json'))
	console.log(JSON.stringify({ nodes, loads, stored, floor, packedMB, jsonMB }));
