// `node scripts/bench/scene-stages.js [sizes] [warm builds]`: times the Scene build's stages
// (scene-stages.ts) on the bench's three shapes, each size and shape in a fresh process (so the
// first build is a cold one, as in a new scene worker), and prints a Markdown table of the cold
// build and the median warm one: per stage the main thread's CPU ms, then the build's CPU, wall
// and GC ms, and the Scene's fingerprint. Sizes default to 10000,100000.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const load = async () =>
	/** @type {{ module: typeof import('./scene-stages.ts') }} */ (
		await runnerImport('./scripts/bench/scene-stages.ts', { configFile: false, logLevel: 'error' })
	).module;

if (process.argv[2] === '--one') {
	const module = await load();
	const [, , , shape, nodes, warm] = process.argv;
	console.log(JSON.stringify(module.run(/** @type {any} */ (shape), Number(nodes), Number(warm))));
} else {
	const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
	const warm = process.argv[3] ?? '3';
	const { STAGES: stages } = await load();
	const ms = (/** @type {number} */ x) => Math.round(x).toLocaleString('en-US');
	const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	console.log(`| shape | nodes | build | ${stages.join(' | ')} | CPU | wall | GC | Scene |`);
	console.log(`| --- | ---: | --- | ${stages.map(() => '---:').join(' | ')} | ---: | ---: | ---: | --- |`);
	for (const nodes of sizes)
		for (const shape of ['lean', 'rich', 'off-backbone']) {
			const out = execFileSync(
				process.execPath,
				[
					'--expose-gc',
					'--max-old-space-size=4000',
					fileURLToPath(import.meta.url),
					'--one',
					shape,
					String(nodes),
					warm
				],
				{ encoding: 'utf8', maxBuffer: 1 << 26 }
			);
			const { cold, warm: builds } = JSON.parse(out.trim().split('\n').at(-1));
			const mid = builds.length
				? builds.find(
						(/** @type {any} */ b) => b.cpuMs === median(builds.map((/** @type {any} */ b) => b.cpuMs))
					)
				: null;
			for (const [name, b] of /** @type {const} */ ([
				['cold', cold],
				['warm', mid]
			])) {
				if (!b) continue;
				const row = [...stages.map((s) => b.stages[s][2]), b.cpuMs, b.totalMs, b.gcMs].map(ms);
				console.log(`| ${shape} | ${nodes} | ${name} | ${row.join(' | ')} | ${b.fingerprint} |`);
			}
		}
}
