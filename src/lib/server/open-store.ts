import { join, resolve } from 'node:path';
import type { ChartStore } from './chart-store.js';
import { describeTarget, reasonOf } from './pg-connection.js';
import { PgChartStore } from './pg-chart-store.js';
import { PgRateLimiter } from './pg-rate-limiter.js';
import { RateLimiter, type WriteLimiter } from './rate-limiter.js';
import { SqliteChartStore } from './sqlite-chart-store.js';

type Env = Record<string, string | undefined>;

/** Where the SQLite store keeps its file: `$TIAOKUAI_DATA_DIR/tiaokuai.sqlite`, `./data` by default. */
export function databasePath(env: Env = process.env): string {
	return join(resolve(env.TIAOKUAI_DATA_DIR || './data'), 'tiaokuai.sqlite');
}

/**
 * The store the environment names, with its write limiter: PostgreSQL (limits shared in the
 * database) when `DATABASE_URL` is set, else the SQLite file (limits in this process's memory).
 */
export function openStore(
	writesPerMinute: number,
	env: Env = process.env
): { store: ChartStore; limiter: WriteLimiter } {
	const url = env.DATABASE_URL?.trim();
	if (!url) {
		return { store: new SqliteChartStore(databasePath(env)), limiter: new RateLimiter(writesPerMinute) };
	}
	const store = new PgChartStore(url, { pool: poolSize(env.TIAOKUAI_PG_POOL) });
	const limiter = new PgRateLimiter(store.pool, writesPerMinute, 60_000, Date.now, () => store.ready());
	return { store, limiter };
}

/** Connections each instance keeps at most: `TIAOKUAI_PG_POOL`, 10 by default. */
function poolSize(value: string | undefined): number {
	if (value === undefined || value === '') return 10;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1 || n > 1000) {
		throw new Error(
			`TIAOKUAI_PG_POOL must be a whole number from 1 to 1000; got ${value}.\nTIAOKUAI_PG_POOL 须为 1 到 1000 的整数，现为 ${value}。`
		);
	}
	return n;
}

/**
 * Waits until `store` is reachable and migrated. When it is not, the error names where the store
 * is and why it cannot be used, in English and Chinese, for the operator reading the start-up log.
 */
export async function storeReadyOrExplain(store: ChartStore, env: Env = process.env): Promise<void> {
	try {
		await store.ready();
	} catch (e) {
		const pg = store.kind === 'postgres';
		const target = pg ? describeTarget(env.DATABASE_URL ?? '') : databasePath(env);
		const where = pg ? `the PostgreSQL database at ${target}` : target;
		const whereZh = pg ? `位于 ${target} 的 PostgreSQL 数据库` : target;
		throw new Error(`Cannot use ${where}: ${reasonOf(e)}.\n无法使用${whereZh}：${reasonOf(e)}。`, {
			cause: e
		});
	}
}
