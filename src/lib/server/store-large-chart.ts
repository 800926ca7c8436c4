/**
 * Stores a chart past the HTTP API's limits (a body of 5 MB, 50,000 nodes: see limits.ts) from
 * the server's own machine, as `scripts/store-chart.js` does: validated in full, written to the
 * store as revision 1 like any other chart, and packed at once, so the first reader gets the
 * packed stream without waiting for it to be built.
 */
import type { Dataset } from '#lib/model/types.js';
import { validate } from '#lib/model/validate.js';
import { limits } from '#lib/model/limits.js';
import { openStore } from './open-store.js';
import { packedPath, writePackedFile } from './packed-files.js';

/** What storing a chart gave: its id, edit token and packed file. */
export interface StoredLargeChart {
	id: string;
	rev: number;
	token: string;
	packed: string;
}

/**
 * Validates and stores `dataset` in the store the environment names (PostgreSQL with
 * `DATABASE_URL`, else the SQLite file under `dataDir`), and writes its packed file under `dataDir`.
 * Throws with the first problems when the dataset is not valid.
 */
export async function storeLargeChart(
	dataset: Dataset,
	dataDir: string,
	author = 'command line',
	env: Record<string, string | undefined> = process.env
): Promise<StoredLargeChart> {
	const checked = validate(dataset);
	if (!checked.ok) {
		const first = checked.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
		throw new Error(`The chart is not valid (${checked.problems.length} problems):\n${first.join('\n')}`);
	}
	const { store } = openStore(limits.writesPerMinute, { ...env, TIAOKUAI_DATA_DIR: dataDir });
	try {
		const { chart, token } = await store.create(dataset, { author, message: 'Stored from the command line' });
		const packed = packedPath(chart.id, chart.rev, dataDir);
		writePackedFile(packed, dataset, { id: chart.id, rev: chart.rev });
		return { id: chart.id, rev: chart.rev, token, packed };
	} finally {
		await store.close();
	}
}
