import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { tree } from '../../../tests/support/big-tree.js';
import { GET as oembed } from '../../routes/api/oembed/+server.js';
import { base } from './__fixtures__/chart-api.js';
import { countReads } from './__fixtures__/store-reads.js';
import type { ChartStore } from './chart-store.js';
import { loadChartForPage, PAGE_INLINE_CHARS } from './load-chart.js';
import { chartHandlers } from './services.js';

const dataset = small as Dataset;
const info = (message: string) => ({ author: 'a', message });

describe('pages and oEmbed of a stored chart', () => {
	let dir: string;
	let store: ChartStore;
	let parse: MockInstance<JSON['parse']>;
	/** How many texts longer than a page carries were parsed since the last call. */
	const largeParses = () => {
		const n = parse.mock.calls.filter(([text]) => text.length > PAGE_INLINE_CHARS).length;
		parse.mockClear();
		return n;
	};

	beforeAll(() => {
		// The server's own wiring (services.ts) on a SQLite file of this test's.
		dir = mkdtempSync(join(tmpdir(), 'tiaokuai-chart-reads-'));
		vi.stubEnv('TIAOKUAI_DATA_DIR', dir);
		vi.stubEnv('DATABASE_URL', '');
		store = chartHandlers().store;
		parse = vi.spyOn(JSON, 'parse');
	});

	afterAll(async () => {
		parse.mockRestore();
		await store.close();
		vi.unstubAllEnvs();
		rmSync(dir, { recursive: true, force: true });
	});

	it('gives a page a small chart with its dataset, reading its row and its dataset once', async () => {
		const { chart } = await store.create(dataset, info('one'));
		const reads = countReads(store);
		expect(await loadChartForPage(chart.id)).toMatchObject({ rev: 1, readOnly: false, dataset });
		expect(reads()).toEqual({ meta: 1, datasetText: 1 });
		expect(await loadChartForPage('opinions-2015')).toMatchObject({ rev: 1, readOnly: true });
		expect(reads()).toEqual({});
	});

	it('gives a page a large chart without its dataset, and reads a revision known large no more', async () => {
		const big = tree(8000);
		expect(JSON.stringify(big).length).toBeGreaterThan(PAGE_INLINE_CHARS);
		const { chart } = await store.create(big, info('big'));
		const reads = countReads(store);
		const page = await loadChartForPage(chart.id);
		expect(page).toEqual({ id: chart.id, title: { zh: '大图', en: '大图' }, rev: 1, readOnly: false });
		// It had read the chart's row a second time for the title.
		expect(reads()).toEqual({ meta: 1, datasetText: 1 });
		expect(await loadChartForPage(chart.id, 1)).toEqual(page);
		expect(reads()).toEqual({ meta: 1 });
		expect(largeParses()).toBe(0);
	});

	it('answers oEmbed for a large chart without parsing it, under the title it is listed by', async () => {
		const { chart } = await store.create(tree(8000), info('big'));
		const reads = countReads(store);
		const url = new URL(`${base}/api/oembed?url=${encodeURIComponent(`${base}/charts/${chart.id}?lang=en`)}`);
		const res = await oembed({ url } as Parameters<typeof oembed>[0]);
		expect(res.status).toBe(200);
		expect((await res.json()).title).toBe('大图');
		expect(largeParses()).toBe(0);
		expect(reads()).toEqual({ meta: 1, datasetText: 1 });
	});
});
