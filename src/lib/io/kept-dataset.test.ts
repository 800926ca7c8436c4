import { describe, expect, it, vi } from 'vitest';
import { deferredDataset, outlineOf } from './deferred-dataset.js';
import { indexDataset, keepDataset } from './kept-dataset.js';
import { buildGraph, graphInSteps } from '#lib/model/graph.js';
import { generateNational } from '#lib/data/generate-national.js';

/** Tasks the page yields to (next-task.ts), counted. */
const tasks = vi.hoisted(() => ({ count: 0 }));
vi.mock('#lib/lazy/next-task.js', async (original) => {
	const real = await original<typeof import('#lib/lazy/next-task.js')>();
	return {
		...real,
		nextTask: () => {
			tasks.count++;
			return real.nextTask();
		}
	};
});
import { NO_CITES } from '#lib/model/share-repeats.js';
import { tiny } from '#lib/model/__fixtures__/tiny.js';

/** A chart drawn from its outline, one of its edges citing nothing; `edgesFirst` writes its edges before its nodes. */
function outlined(edgesFirst = false) {
	const chart = tiny();
	chart.edges[0].cites = [];
	const { nodes, edges, ...head } = chart;
	const text = JSON.stringify(edgesFirst ? { ...head, edges, nodes } : chart);
	const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
	return deferredDataset(bytes, structuredClone(outlineOf(JSON.parse(text))), 40).dataset;
}
const parsed = (dataset: object) => !Object.getOwnPropertyDescriptor(dataset, 'nodes')?.get;
const never = () => new AbortController().signal;
describe('keepDataset(dataset, signal)', () => {
	it('parses a chart drawn from its outline a slice per task, sharing what each slice repeats', async () => {
		const dataset = outlined();
		const kept = keepDataset(dataset, never());
		expect(parsed(dataset)).toBe(false);
		await kept;
		expect(parsed(dataset)).toBe(true);
		expect(dataset.edges[0].cites).toBe(NO_CITES);
		expect(dataset.edges).toEqual(tiny().edges.map((e, i) => (i === 0 ? { ...e, cites: [] } : e)));
		expect(performance.getEntriesByName('tiaokuai:repeats-shared').length).toBeGreaterThan(0);
	});

	it('shares what edges written before the nodes repeat once the nodes are read', async () => {
		const dataset = outlined(true);
		await keepDataset(dataset, never());
		expect(dataset.nodes.map((n) => n.id)).toEqual(tiny().nodes.map((n) => n.id));
		expect(dataset.edges[0].cites).toBe(NO_CITES);
	});

	it('shares what a chart parsed already repeats in a task of its own', async () => {
		const dataset = tiny();
		dataset.edges[0].cites = [];
		const kept = keepDataset(dataset, never());
		expect(dataset.edges[0].cites).not.toBe(NO_CITES);
		await kept;
		expect(dataset.edges[0].cites).toBe(NO_CITES);
	});

	it('shares nothing of a chart replaced before its task came', async () => {
		const dataset = tiny();
		dataset.edges[0].cites = [];
		const replaced = new AbortController();
		const kept = keepDataset(dataset, replaced.signal);
		replaced.abort();
		await kept;
		expect(dataset.edges[0].cites).toEqual([]);
		expect(dataset.edges[0].cites).not.toBe(NO_CITES);
	});
});

describe('indexDataset(dataset, signal)', () => {
	it('builds the Graph a slice per task, for buildGraph to give, and marks when it is done', async () => {
		const dataset = generateNational({ nodes: 100_000, seed: 2 });
		const before = tasks.count;
		await indexDataset(dataset, never());
		expect(tasks.count - before).toBeGreaterThan(10);
		// Kept: nothing is left to build.
		expect([...graphInSteps(dataset, 1_000)]).toEqual([]);
		expect(buildGraph(dataset).nodeIndex(dataset.nodes[99_999].id)).toBe(99_999);
		expect(performance.getEntriesByName('tiaokuai:indexed').length).toBeGreaterThan(0);
	});

	it('stops once its signal is aborted, leaving the Graph to be built when asked for', async () => {
		const dataset = generateNational({ nodes: 100_000, seed: 2 });
		const stop = new AbortController();
		const indexing = indexDataset(dataset, stop.signal);
		stop.abort();
		await indexing;
		expect([...graphInSteps(dataset, 50_000)].length).toBeGreaterThan(0);
	});
});
