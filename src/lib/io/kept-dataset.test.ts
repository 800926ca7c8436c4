import { describe, expect, it } from 'vitest';
import { deferredDataset, outlineOf } from './deferred-dataset.js';
import { keepDataset } from './kept-dataset.js';
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
