/**
 * Where the main thread's time goes when the explorer opens the stored whole country, stage by
 * stage, in Node on the packed file itself: decoding each chunk, the dataset of what has arrived
 * at each hand-over, the explorer's indexes (graph, as-of filter), packing the Scene input for the
 * worker, and the Scene of the opening view. `node scripts/bench/stored-breakdown.js [file]`; the
 * file defaults to the one scripts/bench/stored-1m.js stored. Single runs: an illustration of
 * proportions, not a benchmark (see docs/benchmarks.md#stored-whole-country).
 */
import { readFileSync } from 'node:fs';
import { PackedDecoder } from '#lib/packed/decode.js';
import { PackedAssembly } from '#lib/packed/packed-assembly.js';
import { handsOver } from '#lib/packed/load-packed.js';
import { buildGraph } from '#lib/model/graph.js';
import { datasetAsOf } from '#lib/model/as-of.js';
import { packSceneInput } from '#lib/scene/pack-scene-input.js';
import { buildPackedScene } from '#lib/scene/build-scene.js';
import { openingExpanded } from '#lib/scene/opening.js';
import type { Dataset } from '#lib/model/types.js';

/** One hand-over's costs, in milliseconds. */
export interface Step {
	nodes: number;
	decodeMs: number;
	datasetMs: number;
	indexMs: number;
	packInputMs: number;
	sceneMs: number;
}

const time = <T>(run: () => T): [T, number] => {
	const t = performance.now();
	const out = run();
	return [out, performance.now() - t];
};

/** The costs of opening `bytes` as the explorer does, read in 64 KB pieces, at 1280 × 800. */
export function breakdown(bytes: Uint8Array, today = new Date().toISOString().slice(0, 10)): Step[] {
	const decoder = new PackedDecoder();
	let assembly: PackedAssembly | null = null;
	let shown = 0;
	let decodeMs = 0;
	const steps: Step[] = [];
	for (let at = 0; at < bytes.byteLength; at += 65_536) {
		const [chunks, ms] = time(() => decoder.push(bytes.subarray(at, at + 65_536)));
		decodeMs += ms;
		for (const chunk of chunks) (assembly ??= new PackedAssembly(decoder.meta!)).add(chunk);
		if (!assembly || !(handsOver(shown, assembly.loaded) || (assembly.complete && chunks.length))) continue;
		shown = assembly.loaded;
		const [dataset, datasetMs] = time(() => assembly!.dataset());
		const [, indexMs] = time(() => (buildGraph(dataset), datasetAsOf(dataset, today)));
		const [, packInputMs] = time(() => packSceneInput(dataset));
		const [, sceneMs] = time(() => openingScene(dataset, today));
		steps.push({ nodes: dataset.nodes.length, decodeMs, datasetMs, indexMs, packInputMs, sceneMs });
		decodeMs = 0;
	}
	return steps;
}

/** The Scene of the view the explorer opens with: the levels that fit readably, today. */
function openingScene(dataset: Dataset, asOf: string) {
	const expanded = openingExpanded(dataset, { asOf }, 1280, 760);
	return buildPackedScene(dataset, { asOf, expanded });
}

/** Prints the breakdown of the packed file at `file` as a Markdown table. */
export function print(file: string): void {
	const steps = breakdown(new Uint8Array(readFileSync(file)));
	console.log(
		'| nodes in hand | decode since last, ms | dataset, ms | graph + as-of, ms | pack input, ms | opening Scene, ms |'
	);
	console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const s of steps)
		console.log(
			`| ${s.nodes.toLocaleString('en-US')} | ${[s.decodeMs, s.datasetMs, s.indexMs, s.packInputMs, s.sceneMs].map((v) => Math.round(v).toLocaleString('en-US')).join(' | ')} |`
		);
}
