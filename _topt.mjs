import { runnerImport } from 'vite';
const m = (await runnerImport('./scripts/bench/scene-stages.ts', { configFile: false, logLevel: 'error' })).module;
const { dataset, view } = m.workerData(process.argv[2] ?? 'lean', Number(process.argv[3] ?? 10000));
globalThis.gc?.();
console.log('@@BUILD START');
const b = m.timedBuild(dataset, view);
console.log('@@BUILD END', JSON.stringify(b.stages), b.cpuMs);
