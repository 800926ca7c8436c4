import { describe, expect, it, vi } from 'vitest';
import { opinions2015 } from '#lib/data/opinions-2015.js';
import { ApiFailure, ChartsClient } from '#lib/api-client/charts-client.js';
import { PageDataset } from './page-dataset.svelte.js';

/** A client whose `get` answers with `answer`, for a chart that did not come with its page. */
function clientAnswering(answer: () => Promise<unknown>) {
	const client = new ChartsClient();
	const get = vi.spyOn(client, 'get').mockImplementation(answer as ChartsClient['get']);
	return { client, get };
}

describe('PageDataset', () => {
	it('shows the dataset its page came with, reading nothing', () => {
		const { client, get } = clientAnswering(() => Promise.reject(new Error('not asked')));
		const page = new PageDataset({ id: 'opinions-2015', rev: 1, dataset: opinions2015 }, client);
		expect(page.current).toBe(opinions2015);
		expect(get).not.toHaveBeenCalled();
	});

	it('reads a chart its page came without through the chart API, at the revision the page shows', async () => {
		const { client, get } = clientAnswering(async () => ({ id: 'c1', rev: 3, dataset: opinions2015 }));
		const page = new PageDataset({ id: 'c1', rev: 3 }, client);
		expect(page.current).toBeUndefined();
		await vi.waitFor(() => expect(page.current).toBe(opinions2015));
		expect(get).toHaveBeenCalledExactlyOnceWith('c1', 3);
		expect(page.failed).toBe(false);
	});

	it('says when that read fails', async () => {
		const { client } = clientAnswering(() =>
			Promise.reject(new ApiFailure(503, 'store_unavailable', 'away'))
		);
		const page = new PageDataset({ id: 'c1', rev: 3 }, client);
		await vi.waitFor(() => expect(page.failed).toBe(true));
		expect(page.current).toBeUndefined();
	});
});
