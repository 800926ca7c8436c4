import { describe, expect, it } from 'vitest';
import { deferredDataset, outlineOf } from './deferred-dataset.js';
import { keepDataset } from './kept-dataset.js';
import { NO_CITES } from '#lib/model/share-repeats.js';
import { tiny } from '#lib/model/__fixtures__/tiny.js';

/** A chart drawn from its outline, one of its edges citing nothing. */
function outlined() {
	const chart = tiny();
	chart.edges[0].cites = [];
	const text = JSON.stringify(chart);
	const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
	return deferredDataset(bytes, structuredClone(outlineOf(JSON.parse(text)))).dataset;
}
const parsed = (dataset: object) => !Object.getOwnPropertyDescriptor(dataset, 'nodes')?.get;
const aTask = () => new Promise((resolve) => setTimeout(resolve));

describe('keepDataset(dataset, signal)', () => {
	it('parses the nodes at once, and shares what they repeat in a task of its own', async () => {
		const dataset = outlined();
		keepDataset(dataset, new AbortController().signal);
		expect(parsed(dataset)).toBe(true);
		expect(dataset.edges[0].cites).not.toBe(NO_CITES);
		await aTask();
		expect(dataset.edges[0].cites).toBe(NO_CITES);
	});

	it('shares nothing of a chart replaced before its task came', async () => {
		const dataset = outlined();
		const replaced = new AbortController();
		keepDataset(dataset, replaced.signal);
		replaced.abort();
		await aTask();
		expect(dataset.edges[0].cites).toEqual([]);
		expect(dataset.edges[0].cites).not.toBe(NO_CITES);
	});
});
