// `node --max-old-space-size=6000 scripts/bench/stored-breakdown.js [file.tiaokuai]`: runs
// stored-breakdown.ts (the explorer's main-thread stages on the stored country, in Node). The file
// defaults to the packed file scripts/bench/stored-1m.js stored in data/bench-stored-1070000.
import { readdirSync } from 'node:fs';
import { runnerImport } from 'vite';

const dir = 'data/bench-stored-1070000/packed';
const file = process.argv[2] ?? `${dir}/${readdirSync(dir).find((f) => f.endsWith('.tiaokuai'))}`;
/** @type {{ module: typeof import('./stored-breakdown.ts') }} */
const { module } = await runnerImport('./scripts/bench/stored-breakdown.ts', {
	configFile: false,
	logLevel: 'error'
});
module.print(file);
