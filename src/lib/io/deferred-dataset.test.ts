import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredDataset, outlineOf, settle } from './deferred-dataset.js';
import { datesIn } from '#lib/model/dates.js';
import { nodeCount } from '#lib/model/dataset-facts.js';
import { tiny } from '#lib/model/__fixtures__/tiny.js';

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

	it('gives the text whether taken before the nodes are parsed or after', () => {
		const before = deferredDataset(bytes(), outline());
		expect(before.text()).toBe(json);
		settle(before.dataset);
		expect(before.dataset.nodes).toHaveLength(tiny().nodes.length);

		const after = deferredDataset(bytes(), outline());
		settle(after.dataset);
		expect(after.text()).toBe(json);
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
