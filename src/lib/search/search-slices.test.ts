import { describe, expect, it } from 'vitest';
import { generateNational } from '#lib/data/generate-national.js';
import { buildSearchIndex, searchIndex, searchInSlices } from './search-index.js';

const index = buildSearchIndex(generateNational({ nodes: 2_000, seed: 5 }).nodes);

describe('searchInSlices(index, query, options, signal, slice)', () => {
	it.each(['jiangsu', '社会组织', 'shzz', '社汇组织党支部', 'g17', 'no such thing'])(
		'answers %s as searchIndex does, a slice at a time',
		async (query) => {
			const whole = searchIndex(index, query, { limit: 30 });
			const sliced = await searchInSlices(index, query, { limit: 30 }, new AbortController().signal, 150);
			expect(sliced).toEqual(whole);
		}
	);

	it('gives up between slices once aborted, with null', async () => {
		const controller = new AbortController();
		const answer = searchInSlices(index, 'jiangsu', {}, controller.signal, 150);
		controller.abort();
		expect(await answer).toBeNull();
	});
});
