import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkInWorker } from './dataset-check.js';
import { fixture } from '#lib/scene/__fixtures__/chain.js';

afterEach(() => vi.restoreAllMocks());

/** The chart with an edge to a node it does not have, written with a line per field. */
const broken = JSON.stringify(
	{ ...fixture, edges: [...fixture.edges, { ...fixture.edges[0], id: 'e-x', to: 'nobody' }] },
	null,
	'\t'
);

describe('checkInWorker(json, file, signal)', () => {
	it('checks the bytes of a chart, moved to the worker, and locates each problem at its line', async () => {
		const bytes = new TextEncoder().encode(broken).buffer as ArrayBuffer;
		const found = await checkInWorker(bytes, 'chain.json');
		// Moved, not copied: the page no longer holds them.
		expect(bytes.byteLength).toBe(0);
		expect(found.total).toBe(1);
		const line = broken.split('\n').findIndex((l) => l.includes('"nobody"')) + 1;
		expect(found.problems[0]).toMatchObject({
			path: `edges[${fixture.edges.length}].to`,
			file: 'chain.json',
			line
		});
	});

	it('checks a text as before', async () => {
		expect((await checkInWorker(broken, 'chain.json')).total).toBe(1);
	});

	it('ends its worker when the bytes cannot be moved to it', async () => {
		const terminate = vi.spyOn(Worker.prototype, 'terminate');
		const bytes = new ArrayBuffer(8);
		structuredClone(bytes, { transfer: [bytes] });
		await expect(checkInWorker(bytes, 'chain.json')).rejects.toThrow();
		expect(terminate).toHaveBeenCalled();
	});
});
