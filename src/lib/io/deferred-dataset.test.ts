import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredDataset, outlineOf, settle, settleInSlices } from './deferred-dataset.js';
import { datesIn } from '#lib/model/dates.js';
import { nodeCount } from '#lib/model/dataset-facts.js';
import { deepChain, tiny } from '#lib/model/__fixtures__/tiny.js';

const json = JSON.stringify(tiny());
const bytes = () => new TextEncoder().encode(json).buffer as ArrayBuffer;
/** The outline as the page gets it from the worker: cloned, as a message is. */
const outline = () => structuredClone(outlineOf(JSON.parse(json)));

afterEach(() => vi.restoreAllMocks());

describe('outlineOf(dataset)', () => {
	it('keeps all but the nodes and edges, in their places, and their facts', () => {
		const { head, facts } = outline();
		expect(Object.keys(head)).toEqual(Object.keys(tiny()));
		expect(head.nodes).toBeNull();
		expect(head.kinds).toEqual(tiny().kinds);
		expect(facts.nodes).toBe(tiny().nodes.length);
	});
});

describe('deferredDataset(bytes, outline)', () => {
	it('answers the outline, the count and the dates without parsing the bytes', () => {
		const { dataset } = deferredDataset(bytes(), outline());
		const parse = vi.spyOn(JSON, 'parse');
		expect(dataset.title).toEqual(tiny().title);
		expect(nodeCount(dataset)).toBe(tiny().nodes.length);
		expect(datesIn(dataset)).toEqual(['2016-01-01', '2018-03-21', '2020-01-01']);
		expect(parse).not.toHaveBeenCalled();
	});

	it('parses the nodes and edges when first read, once, into the dataset the JSON is', () => {
		const { dataset } = deferredDataset(bytes(), outline());
		const parse = vi.spyOn(JSON, 'parse');
		expect(dataset.edges).toEqual(tiny().edges);
		expect(dataset.nodes).toEqual(tiny().nodes);
		expect(parse).toHaveBeenCalledTimes(1);
		expect(JSON.stringify(dataset)).toBe(json);
	});

	it('gives the JSON for the check once the nodes are parsed, parsing them first when taken before', () => {
		const before = deferredDataset(bytes(), outline());
		expect(before.json()).toBe(json);
		expect(Object.getOwnPropertyDescriptor(before.dataset, 'nodes')?.value).toEqual(tiny().nodes);

		const after = deferredDataset(bytes(), outline());
		settle(after.dataset);
		expect(after.json()).toBe(json);
	});
});

describe('settleInSlices(dataset, signal, onslice)', () => {
	/** A chart of a few hundred nodes, its lists cut into slices of `size` bytes. */
	const big = () => {
		const chart = deepChain(300, 'lead');
		chart.nodes[7].label = {
			zh: '引号"、反斜杠\\、括号]}、逗号,：冒号',
			en: 'a "quoted", [bracketed] {name}: \\ 😀'
		};
		const text = JSON.stringify(chart);
		const outlined = structuredClone(outlineOf(JSON.parse(text)));
		return {
			chart,
			text,
			deferred: deferredDataset(new TextEncoder().encode(text).buffer as ArrayBuffer, outlined, 500)
		};
	};
	const never = new AbortController().signal;

	it('parses the lists a slice per task into what JSON.parse reads, telling each slice', async () => {
		const { chart, deferred } = big();
		const told: [string, number, boolean][] = [];
		const done = settleInSlices(deferred.dataset, never, (key, items, last) =>
			told.push([key, items.length, last])
		);
		// Not one slice is read in the task that asked.
		expect(told).toEqual([]);
		expect(await done).toBe(true);
		expect(told.length).toBeGreaterThan(10);
		expect(told.filter(([, , last]) => last).map(([key]) => key)).toEqual(['nodes', 'edges']);
		expect(told.filter(([key]) => key === 'nodes').reduce((n, [, count]) => n + count, 0)).toBe(300);
		expect(Object.getOwnPropertyDescriptor(deferred.dataset, 'nodes')?.value).toEqual(chart.nodes);
		expect(deferred.dataset.edges).toEqual(chart.edges);
		expect((performance.getEntriesByName('tiaokuai:page-parsed').at(-1) as PerformanceMark).detail).toBe(
			'sliced'
		);
	});

	it('gives the check the bytes, moved rather than decoded, once the slices are parsed', async () => {
		const { text, deferred } = big();
		await settleInSlices(deferred.dataset, never, () => {});
		const taken = deferred.json();
		expect(taken).toBeInstanceOf(ArrayBuffer);
		expect(new TextDecoder().decode(taken as ArrayBuffer)).toBe(text);
	});

	it('stops when a reader needs the nodes at once, which are then parsed whole', async () => {
		const { chart, deferred } = big();
		let slices = 0;
		const done = settleInSlices(deferred.dataset, never, () => {
			if (++slices === 2) expect(deferred.dataset.nodes).toEqual(chart.nodes);
		});
		expect(await done).toBe(false);
		expect(slices).toBe(2);
		expect(deferred.dataset.edges).toEqual(chart.edges);
		expect(typeof deferred.json()).toBe('string');
	});

	it('stops when the chart is replaced, and answers false for any other dataset', async () => {
		const { chart, deferred } = big();
		const replaced = new AbortController();
		const done = settleInSlices(deferred.dataset, replaced.signal, () => {});
		replaced.abort();
		expect(await done).toBe(false);
		expect(deferred.dataset.nodes).toEqual(chart.nodes);
		expect(await settleInSlices(deferred.dataset, never, () => {})).toBe(false);
		expect(await settleInSlices(tiny(), never, () => {})).toBe(false);
	});

	it('leaves a text it cannot slice to be parsed whole when read', async () => {
		const chart = tiny();
		// A key written with an escape: JSON.parse reads "nodes", a scan of bytes would not.
		const whole = JSON.stringify(chart);
		const at = whole.lastIndexOf('"nodes":');
		const text = `${whole.slice(0, at)}"\\u006eodes":${whole.slice(at + 8)}`;
		const deferred = deferredDataset(new TextEncoder().encode(text).buffer as ArrayBuffer, outline(), 50);
		expect(await settleInSlices(deferred.dataset, never, () => {})).toBe(false);
		expect(deferred.dataset.nodes).toEqual(chart.nodes);
	});
});

describe('settle(dataset)', () => {
	it('parses a deferred dataset now, once, and reads nothing of any other', () => {
		const { dataset } = deferredDataset(bytes(), outline());
		const parse = vi.spyOn(JSON, 'parse');
		settle(dataset);
		expect(parse).toHaveBeenCalledTimes(1);
		expect(Object.getOwnPropertyDescriptor(dataset, 'nodes')?.value).toEqual(tiny().nodes);
		settle(dataset);
		settle(tiny());
		expect(parse).toHaveBeenCalledTimes(1);
	});
});
