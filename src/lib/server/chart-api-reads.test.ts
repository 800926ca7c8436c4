import { describe, expect, it } from 'vitest';
import type { Dataset } from '#lib/model/types.js';
import { limits } from '#lib/model/limits.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { storeKinds, useStores } from '../../../tests/support/stores.js';
import { base, call } from './__fixtures__/chart-api.js';
import { countReads } from './__fixtures__/store-reads.js';
import { ChartHandlers } from './chart-handlers.js';

const dataset = small as Dataset;
const info = (message: string) => ({ author: 'a', message });

describe.each(storeKinds)('GET /api/charts/:id on %s', (kind) => {
	const place = useStores(kind);

	it('reads the store once, and answers a client that has the revision from its row alone', async () => {
		const store = place.open();
		const api = new ChartHandlers({
			store,
			builtin: () => undefined,
			builtins: () => [],
			limiter: place.limiter(limits.writesPerMinute, 60_000, () => 0),
			removeFiles: () => {}
		});
		const { chart } = await store.create(dataset, info('one'));
		await store.update(chart.id, 1, { ...dataset, title: { zh: '第二版', en: 'Second' } }, info('two'));
		const reads = countReads(store);
		const read = (query: string, tag?: string) =>
			call(() =>
				api.read(chart.id, new URL(`${base}/${query}`), new Headers(tag ? { 'if-none-match': tag } : {}))
			);

		const latest = await (await read('')).json();
		expect(latest).toMatchObject({
			rev: 2,
			headRev: 2,
			title: '第二版',
			revision: { rev: 2, message: 'two' }
		});
		// It had read the chart's row twice and the whole history to find one revision in it.
		expect(reads()).toEqual({ getText: 1 });
		const old = await (await read('?rev=1')).json();
		expect(old).toMatchObject({ rev: 1, headRev: 2, revision: { rev: 1, message: 'one' } });
		expect(old.dataset).toEqual(dataset);
		expect(reads()).toEqual({ getText: 1 });
		expect((await read('', '"rev-2"')).status).toBe(304);
		expect(reads()).toEqual({ meta: 1 });
		expect((await read('', '"rev-1"')).status).toBe(200);
		expect(reads()).toEqual({ meta: 1, getText: 1 });
	});
});
