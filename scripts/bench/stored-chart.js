// The stored-chart slot of `npm run bench`: navigation → first frame of a national-size chart the
// app's server holds, beside the `?src=` JSON floor on the same data. When the packed stored-chart
// path's own bench (scripts/bench/stored-1m.js, which stores the whole country once and opens it
// through the packed stream) is present, the slot runs it and reads its `--json` line; otherwise
// it tries to store the 1M lean chart through the API, which today refuses charts past 50,000
// nodes and 5 MB bodies, and the row says so.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * @typedef {import('./table.js').Cell} Cell
 */

/**
 * The stored chart's row: measured by stored-1m.js on ports `port` and `port + 1`, or the reason
 * there is none.
 * @param {{ base: string, file: string, n: number, port: number, loads: number, floor: Cell['floor'] }} slot
 * @returns {Promise<Cell>}
 */
export async function storedChart({ base, file, n, port, loads, floor }) {
	const row = { shape: 'lean', path: 'stored', n, mb: NaN, app: [], floor };
	if (!existsSync('scripts/bench/stored-1m.js')) return { ...row, note: await refusal(base, file) };
	const run = spawnSync(process.execPath, ['scripts/bench/stored-1m.js', '--json'], {
		env: {
			...process.env,
			BENCH_LOADS: String(loads),
			BENCH_STORED_PORT: String(port),
			BENCH_FILES_PORT: String(port + 1)
		},
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const line = run.stdout.trim().split('\n').at(-1) ?? '';
	if (run.status !== 0 || !line.startsWith('{'))
		return { ...row, note: `scripts/bench/stored-1m.js failed (exit ${run.status})` };
	const got = JSON.parse(line);
	/** @param {{ first: { median: number }, heap: { median: number }, failed: number }} s */
	const loadsOf = (s) => [{ nav: s.first.median, ready: s.failed === 0, heapMB: s.heap.median }];
	return {
		shape: 'country, packed stream',
		path: 'stored',
		n: got.nodes,
		mb: got.packedMB,
		app: loadsOf(got.stored),
		floor: loadsOf(got.floor)
	};
}

/**
 * Why the server would not store the chart in `file` (or its address, should it take it).
 * @param {string} base
 * @param {string} file
 */
async function refusal(base, file) {
	const response = await fetch(`${base}/api/charts`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: readFileSync(file)
	});
	const text = (await response.text()).replace(/\s+/g, ' ').slice(0, 100);
	return response.ok
		? `stored, but this bench has no way to time it: ${text}`
		: `the server refused to store it: HTTP ${response.status} ${text}`;
}
