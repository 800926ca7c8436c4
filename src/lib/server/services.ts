import { validate } from '#lib/model/validate.js';
import { builtinDatasets, getBuiltin } from '#lib/data/builtin.js';
import type { Dataset } from '#lib/model/types.js';
import { ChartsApi } from './charts-api.js';
import { limits } from './limits.js';
import { openStore, storeReadyOrExplain } from './open-store.js';
import type { DatasetSource } from './pool/tasks.js';

let api: ChartsApi | undefined;

/**
 * The server's one chart API over one store (see open-store.ts), opened on first use; a PostgreSQL
 * store connects and migrates on its first query.
 */
export function chartsApi(): ChartsApi {
	if (!api) {
		const { store, limiter } = openStore(limits.writesPerMinute);
		api = new ChartsApi({
			store,
			builtin: getBuiltin,
			builtins: () => Object.values(builtinDatasets),
			check: validate,
			limiter
		});
	}
	return api;
}

/**
 * Opens the store at start-up, so a server whose database is missing, unreachable or refuses it
 * stops at once with the reason (exit code 1) instead of answering every request with an error.
 */
export async function startStore(): Promise<void> {
	try {
		await storeReadyOrExplain(chartsApi().store);
	} catch (e) {
		console.error(`Tiaokuai cannot start. 条块无法启动。\n${e instanceof Error ? e.message : e}`);
		process.exit(1);
	}
}

/**
 * The dataset behind a chart id — a stored chart at `rev` (newest when absent) or a built-in —
 * for server routes that render or export a chart; undefined when there is none (or `rev` is not
 * a revision number).
 */
export async function chartDataset(id: string, rev?: number): Promise<Dataset | undefined> {
	if (rev !== undefined && !(Number.isInteger(rev) && rev >= 1)) return undefined;
	return getBuiltin(id) ?? (await chartsApi().store.get(id, rev))?.dataset;
}

/**
 * Where a worker finds the dataset behind a chart id, as `chartDataset` does, without parsing it
 * on the request's thread: a built-in by id, a stored revision as its JSON text.
 */
export async function chartSource(id: string, rev?: number): Promise<DatasetSource | undefined> {
	if (rev !== undefined && !(Number.isInteger(rev) && rev >= 1)) return undefined;
	if (getBuiltin(id)) return { builtin: id };
	const stored = await chartsApi().store.datasetText(id, rev);
	return stored === undefined ? undefined : { stored };
}
