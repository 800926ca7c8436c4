// Prints export timings (scripts/bench/exports.ts) through Vite, which resolves `#lib/*.js` to the TypeScript sources.
import { runnerImport } from 'vite';

/** @type {{ module: typeof import('./bench/exports.ts') }} */
const { module } = await runnerImport('./scripts/bench/exports.ts', { configFile: false, logLevel: 'error' });
console.log(module.formatRows(await module.benchExports()));
