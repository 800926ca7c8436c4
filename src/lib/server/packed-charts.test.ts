import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { packedChart } from './packed-charts.js';
import { packedPath, removePackedFiles } from './packed-files.js';
import { taskRunner } from './pool/task-runner.js';
import { chartHandlers } from './services.js';

describe('removePackedFiles(id)', () => {
	it("deletes every packed file of the chart, half-written ones too, and no other chart's", () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'tiaokuai-packed-'));
		mkdirSync(join(dataDir, 'packed'));
		const files = [
			packedPath('Abc0123456', 1, dataDir),
			packedPath('Abc0123456', 2, dataDir),
			`${packedPath('Abc0123456', 3, dataDir)}.4242.1700000000000.part`,
			packedPath('Abc012345X', 1, dataDir)
		];
		for (const file of files) writeFileSync(file, 'TKPK');
		removePackedFiles('Abc0123456', dataDir);
		expect(readdirSync(join(dataDir, 'packed'))).toEqual(['Abc012345X@1.v1.tiaokuai']);
	});

	it('does nothing where no chart was ever packed', () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'tiaokuai-packed-'));
		expect(() => removePackedFiles('Abc0123456', dataDir)).not.toThrow();
	});
});

/** DELETE /api/charts/:id with the chart's edit token. */
const deleteRequest = (id: string, token: string) =>
	new Request(`http://localhost/api/charts/${id}`, {
		method: 'DELETE',
		headers: { authorization: `Bearer ${token}` }
	});

describe('packedChart(id) of a deleted chart', () => {
	let dir: string;

	beforeAll(() => {
		// The server's own wiring (services.ts) on a SQLite file of this test's.
		dir = mkdtempSync(join(tmpdir(), 'tiaokuai-packed-race-'));
		vi.stubEnv('TIAOKUAI_DATA_DIR', dir);
		vi.stubEnv('DATABASE_URL', '');
	});

	afterAll(async () => {
		await chartHandlers().store.close();
		vi.unstubAllEnvs();
		vi.restoreAllMocks();
		rmSync(dir, { recursive: true, force: true });
	});

	it('has no file left once the chart API deleted the chart', async () => {
		const { store } = chartHandlers();
		const { chart, token } = await store.create(small as Dataset, { author: 'a', message: 'first' });
		const packed = await packedChart(chart.id, undefined, 'test');
		expect(readdirSync(join(dir, 'packed'))).toContain(basename(packed!.path));
		expect((await chartHandlers().remove(chart.id, deleteRequest(chart.id, token))).status).toBe(204);
		expect(readdirSync(join(dir, 'packed'))).toEqual([]);
	});

	it('deleted while its file is built, leaves no file of it on the disk and answers that there is none', async () => {
		const { store } = chartHandlers();
		const { chart, token } = await store.create(small as Dataset, { author: 'a', message: 'first' });
		const runner = taskRunner();
		const answer = runner.answer.bind(runner);
		// The delete lands while the worker builds the file.
		vi.spyOn(runner, 'answer').mockImplementation(async (client, task, signal) => {
			const built = await answer(client, task, signal);
			await chartHandlers().remove(chart.id, deleteRequest(chart.id, token));
			return built;
		});
		expect(await packedChart(chart.id, undefined, 'test')).toBeUndefined();
		expect(readdirSync(join(dir, 'packed'))).toEqual([]);
	});

	it('answers that there is none when the delete lands before the build reads the chart', async () => {
		const { store } = chartHandlers();
		const { chart } = await store.create(small as Dataset, { author: 'a', message: 'first' });
		const read = store.datasetText.bind(store);
		vi.spyOn(store, 'datasetText').mockImplementation(async (id, rev) => {
			await store.delete(chart.id);
			return read(id, rev);
		});
		expect(await packedChart(chart.id, undefined, 'test')).toBeUndefined();
	});
});
