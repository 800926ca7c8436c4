// Counts a store's reads, for the tests of how often a request reads the store.
import { vi } from 'vitest';
import type { ChartStore } from '../chart-store.js';

/** The store's methods that read. */
const reading = ['meta', 'datasetText', 'get', 'getText', 'revisions', 'list', 'copyOut'] as const;

/** Counts the store's reads by kind; each call of the returned function gives the counts since the last. */
export function countReads(store: ChartStore): () => Partial<Record<(typeof reading)[number], number>> {
	const spies = reading.map((name) => [name, vi.spyOn(store, name)] as const);
	return () => {
		const counts = spies.filter(([, spy]) => spy.mock.calls.length > 0);
		const result = Object.fromEntries(counts.map(([name, spy]) => [name, spy.mock.calls.length]));
		for (const [, spy] of spies) spy.mockClear();
		return result;
	};
}
