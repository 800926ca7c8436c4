import { builtinDatasets, getBuiltin } from '#lib/data/builtin.js';
import { ChartHandlers } from './chart-handlers.js';
import { limits } from '#lib/model/limits.js';
import { openStore, storeReadyOrExplain } from './open-store.js';
import { removePackedFiles } from './packed-files.js';

let handlers: ChartHandlers | undefined;

/**
 * The server's one chart API over one store (see open-store.ts), opened on first use; a PostgreSQL
 * store connects and migrates on its first query.
 */
export function chartHandlers(): ChartHandlers {
	if (!handlers) {
		const { store, limiter } = openStore(limits.writesPerMinute);
		handlers = new ChartHandlers({
			store,
			builtin: getBuiltin,
			builtins: () => Object.values(builtinDatasets),
			limiter,
			removeFiles: removePackedFiles
		});
	}
	return handlers;
}

/**
 * Opens the store at start-up, so a server whose database is missing, unreachable or refuses it
 * stops at once with the reason (exit code 1) instead of answering every request with an error.
 */
export async function startStore(): Promise<void> {
	try {
		await storeReadyOrExplain(chartHandlers().store);
	} catch (e) {
		console.error(`Tiaokuai cannot start. 条块无法启动。\n${e instanceof Error ? e.message : e}`);
		process.exit(1);
	}
}
