/**
 * Where the scene worker's build of a Scene goes, stage by stage, in Node: the bench's three data
 * shapes (bench-shapes.ts) opened with `expand=all`, as the worker gets them (parsed from JSON),
 * each stage timed with the garbage collection that ran during it. `cold` is the first build in a
 * fresh process, which is what a worker started for a page does; `warm` the median of the builds
 * after it. A fingerprint of the packed Scene shows that a change to the build left it the same.
 * Run with `node --expose-gc scripts/bench/scene-stages.js` (see that file).
 */
import { GCProfiler } from 'node:v8';
import { createHash } from 'node:crypto';
import { benchDataset, type BenchShape } from '#lib/data/bench-shapes.js';
import type { Dataset, ViewState } from '#lib/model/types.js';
import { composeScene, SCENE_STAGES } from '#lib/scene/build-scene.js';
import { SceneWriter, type PackedScene } from '#lib/scene/pack-scene.js';

export { SCENE_STAGES as STAGES };
type Stage = (typeof SCENE_STAGES)[number];

/**
 * One build's times: per stage [wall ms, GC ms, this thread's CPU ms], the totals, and the
 * Scene's fingerprint. On a shared machine the thread's CPU time is the steadier figure: wall
 * time also counts the time other processes had the core.
 */
export interface Build {
	stages: Record<Stage, [number, number, number]>;
	totalMs: number;
	gcMs: number;
	cpuMs: number;
	fingerprint: string;
}

/** Runs `work` and gives its result with the milliseconds garbage collection took meanwhile. */
function withGc<T>(work: () => T): [T, number] {
	const profiler = new GCProfiler();
	profiler.start();
	const out = work();
	const stats = profiler.stop()?.statistics ?? [];
	return [out, stats.reduce((sum, s) => sum + s.cost, 0) / 1000];
}

/** CPU time of this thread so far, ms (garbage collection on helper threads not counted). */
const threadCpuMs = () => {
	const { user, system } = process.threadCpuUsage();
	return (user + system) / 1000;
};

/** The dataset of a shape and size as the worker has it: parsed from its JSON. */
export function workerData(shape: BenchShape, nodes: number): { dataset: Dataset; view: ViewState } {
	const { dataset, backbone } = benchDataset(shape, nodes);
	return {
		dataset: JSON.parse(JSON.stringify(dataset)) as Dataset,
		view: { expanded: 'all', ...(backbone ? { backbone } : {}) }
	};
}

/** Builds the packed Scene through composeScene, timing each stage. */
export function timedBuild(dataset: Dataset, view: ViewState): Build {
	const stages = {} as Build['stages'];
	const start = performance.now();
	const time = <T>(stage: Stage, run: () => T): T => {
		const t = performance.now();
		const cpu = threadCpuMs();
		const [out, gc] = withGc(run);
		stages[stage] = [performance.now() - t, gc, threadCpuMs() - cpu];
		return out;
	};
	const scene = composeScene(
		dataset,
		view,
		{},
		(nodes, lines, coordinates) => new SceneWriter(nodes, lines, coordinates),
		time
	);
	return {
		stages,
		totalMs: performance.now() - start,
		gcMs: Object.values(stages).reduce((sum, [, gc]) => sum + gc, 0),
		cpuMs: Object.values(stages).reduce((sum, [, , cpu]) => sum + cpu, 0),
		fingerprint: fingerprint(scene)
	};
}

/** A hash of everything in a packed Scene. */
export function fingerprint(scene: PackedScene): string {
	const hash = createHash('sha256');
	for (const [key, value] of Object.entries(scene)) {
		hash.update(key);
		if (ArrayBuffer.isView(value))
			hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
		else
			hash.update(JSON.stringify(value, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v)));
	}
	return hash.digest('hex').slice(0, 16);
}

/** The cold build and `warm` more of a shape and size, in this process (a fresh one for a cold figure). */
export function run(shape: BenchShape, nodes: number, warm: number): { cold: Build; warm: Build[] } {
	const { dataset, view } = workerData(shape, nodes);
	(globalThis as { gc?: () => void }).gc?.();
	const cold = timedBuild(dataset, view);
	const builds: Build[] = [];
	for (let i = 0; i < warm; i++) builds.push(timedBuild(dataset, view));
	return { cold, warm: builds };
}
