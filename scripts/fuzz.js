// The long fuzz run: every reader (CSV, XLSX, JSON), the import options and the charts API bodies
// under generated hostile input, about 110,000 cases in all (FUZZ_CASES sets the scale, FUZZ_SEED
// replays a run). Each property prints its cases, time, slowest case and largest heap.
import { spawnSync } from 'node:child_process';

const started = performance.now();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'core', '--maxWorkers', '2', 'fuzz.test'], {
	stdio: 'inherit',
	env: { ...process.env, FUZZ_CASES: process.env.FUZZ_CASES ?? '100000' }
});
console.log(`fuzz: finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status ?? 1);
