import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { ApiError } from './api-error.js';
import { base, call } from './__fixtures__/chart-api.js';
import { revisionParam } from './find-chart.js';
import { chartSource, loadChart } from './load-chart.js';
import { chartHandlers } from './services.js';

/** What a reader of a chart answered: a status, and the revision shown or the error's code. */
interface Outcome {
	status: number;
	rev?: number;
	code?: string;
}

/** `GET /api/charts/:id?…` through the chart API, as its route calls it. */
async function viaApi(id: string, query: string): Promise<Outcome> {
	const res = await call(() => chartHandlers().read(id, new URL(`${base}/api/charts/${id}${query}`)));
	const body = await res.json();
	return res.ok ? { status: res.status, rev: body.rev } : { status: res.status, code: body.error.code };
}

/** The same address as a page (embed, present, oEmbed) loads it: no chart is a 404. */
async function viaPage(id: string, query: string): Promise<Outcome> {
	try {
		const loaded = await loadChart(id, revisionParam(new URL(`${base}/${query}`)));
		return loaded ? { status: 200, rev: loaded.rev } : { status: 404 };
	} catch (e) {
		if (e instanceof ApiError) return { status: e.status, code: e.code };
		throw e;
	}
}

/** The same address as the export and story routes find their dataset. */
async function viaExport(id: string, query: string): Promise<Outcome> {
	try {
		await chartSource(id, revisionParam(new URL(`${base}/${query}`)));
		return { status: 200 };
	} catch (e) {
		if (e instanceof ApiError) return { status: e.status, code: e.code };
		throw e;
	}
}

const queries = ['', '?rev=1', '?rev=2', '?rev=3', '?rev=0', '?rev=01', '?rev=abc', '?rev=1234567890'];

describe('one rule for which revisions a chart id names', () => {
	let dir: string;
	let stored: string;

	beforeAll(async () => {
		// The server's own wiring (services.ts) on a SQLite file of this test's.
		dir = mkdtempSync(join(tmpdir(), 'tiaokuai-find-chart-'));
		vi.stubEnv('TIAOKUAI_DATA_DIR', dir);
		vi.stubEnv('DATABASE_URL', '');
		const { store } = chartHandlers();
		const dataset = small as Dataset;
		const { chart } = await store.create(dataset, { author: 'a', message: 'first' });
		await store.update(
			chart.id,
			1,
			{ ...dataset, title: { zh: '第二版', en: 'Second' } },
			{ author: 'a', message: 'second' }
		);
		stored = chart.id;
	});

	afterAll(async () => {
		await chartHandlers().store.close();
		vi.unstubAllEnvs();
		rmSync(dir, { recursive: true, force: true });
	});

	it.each(queries)('a built-in chart%s: the API, the pages and the exports agree', async (query) => {
		const api = await viaApi('opinions-2015', query);
		const page = await viaPage('opinions-2015', query);
		const exported = await viaExport('opinions-2015', query);
		expect(page).toEqual(api.status === 404 ? { status: 404 } : api);
		expect(exported).toEqual({ status: api.status, code: api.code });
		// A built-in has one revision: 1, whether asked for it or not.
		if (query === '' || query === '?rev=1') expect(api).toEqual({ status: 200, rev: 1 });
		else expect(api.status).toBeGreaterThanOrEqual(400);
	});

	it.each(queries)('a stored chart%s: the API, the pages and the exports agree', async (query) => {
		const api = await viaApi(stored, query);
		const page = await viaPage(stored, query);
		const exported = await viaExport(stored, query);
		expect(page).toEqual(api.status === 404 ? { status: 404 } : api);
		expect(exported).toEqual({ status: api.status, code: api.code });
	});

	it('names the revisions that exist and no others', async () => {
		expect(await viaApi('opinions-2015', '?rev=2')).toEqual({ status: 404, code: 'revision_not_found' });
		expect(await viaApi('opinions-2015', '?rev=1234567890')).toEqual({ status: 400, code: 'bad_revision' });
		expect(await viaApi(stored, '')).toEqual({ status: 200, rev: 2 });
		expect(await viaApi(stored, '?rev=3')).toEqual({ status: 404, code: 'revision_not_found' });
		expect(await viaApi('Nowhere000', '?rev=1')).toEqual({ status: 404, code: 'not_found' });
	});
});
