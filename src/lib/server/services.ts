import { join, resolve } from 'node:path';
import { validate } from '#lib/model/validate.js';
import { builtinDatasets, getBuiltin } from '#lib/data/builtin.js';
import { ChartStore } from './chart-store.js';
import { ChartHandlers } from './chart-handlers.js';
import { limits } from './limits.js';
import { RateLimiter } from './rate-limiter.js';

/** Where the store keeps its file: `$TIAOKUAI_DATA_DIR/tiaokuai.sqlite`, `./data` by default. */
export function databasePath(env: Record<string, string | undefined> = process.env): string {
	return join(resolve(env.TIAOKUAI_DATA_DIR || './data'), 'tiaokuai.sqlite');
}

let handlers: ChartHandlers | undefined;

/** The server's one set of chart handlers over one store, opened (and migrated) on first use. */
export function chartHandlers(): ChartHandlers {
	handlers ??= new ChartHandlers({
		store: new ChartStore(databasePath()),
		builtin: getBuiltin,
		builtins: () => Object.values(builtinDatasets),
		check: validate,
		limiter: new RateLimiter(limits.writesPerMinute)
	});
	return handlers;
}
