import { join, resolve } from 'node:path';
import { validate } from '#lib/model/validate.js';
import { builtinDatasets, getBuiltin } from '#lib/data/builtin.js';
import type { Dataset } from '#lib/model/types.js';
import { ChartStore } from './chart-store.js';
import { ChartsApi } from './charts-api.js';
import { limits } from './limits.js';
import { RateLimiter } from './rate-limiter.js';
import type { DatasetSource } from './pool/tasks.js';

/** Where the store keeps its file: `$TIAOKUAI_DATA_DIR/tiaokuai.sqlite`, `./data` by default. */
export function databasePath(env: Record<string, string | undefined> = process.env): string {
	return join(resolve(env.TIAOKUAI_DATA_DIR || './data'), 'tiaokuai.sqlite');
}

let api: ChartsApi | undefined;

/** The server's one chart API over one store, opened (and migrated) on first use. */
export function chartsApi(): ChartsApi {
	api ??= new ChartsApi({
		store: new ChartStore(databasePath()),
		builtin: getBuiltin,
		builtins: () => Object.values(builtinDatasets),
		check: validate,
		limiter: new RateLimiter(limits.writesPerMinute)
	});
	return api;
}

/**
 * The dataset behind a chart id — a stored chart at `rev` (newest when absent) or a built-in —
 * for server routes that render or export a chart; undefined when there is none (or `rev` is not
 * a revision number).
 */
export function chartDataset(id: string, rev?: number): Dataset | undefined {
	if (rev !== undefined && !(Number.isInteger(rev) && rev >= 1)) return undefined;
	return getBuiltin(id) ?? chartsApi().store.get(id, rev)?.dataset;
}

/**
 * Where a worker finds the dataset behind a chart id, as `chartDataset` does, without parsing it
 * on the request's thread: a built-in by id, a stored revision as its JSON text.
 */
export function chartSource(id: string, rev?: number): DatasetSource | undefined {
	if (rev !== undefined && !(Number.isInteger(rev) && rev >= 1)) return undefined;
	if (getBuiltin(id)) return { builtin: id };
	const stored = chartsApi().store.datasetText(id, rev);
	return stored === undefined ? undefined : { stored };
}
