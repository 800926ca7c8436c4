// Runs store tests against both implementations. `useStores(kind)` inside a describe block gives
// each test a place of its own (a SQLite file in a temporary folder, or a new PostgreSQL database)
// and closes what the test opened. PostgreSQL comes from TIAOKUAI_TEST_DATABASE_URL (.ci/run starts
// a throwaway cluster and sets it), else from a cluster this block starts with scripts/pg-cluster.sh.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChartStore } from '../../src/lib/server/chart-store.js';
import { PgChartStore } from '../../src/lib/server/pg-chart-store.js';
import { PgRateLimiter } from '../../src/lib/server/pg-rate-limiter.js';
import { RateLimiter, type WriteLimiter } from '../../src/lib/server/rate-limiter.js';
import { SqliteChartStore } from '../../src/lib/server/sqlite-chart-store.js';
import { newDatabase, startCluster, stopCluster } from './pg-cluster.js';

export type StoreKind = 'sqlite' | 'postgres';
export const storeKinds: readonly StoreKind[] = ['sqlite', 'postgres'];

/** A place for one test's store and the ways to open stores there. */
export interface StorePlace {
	readonly kind: StoreKind;
	/** The SQLite file, or the PostgreSQL database's URL, of the running test. */
	readonly location: string;
	/** A new store on the test's place; closed after the test. */
	open(options?: { now?: () => Date }): ChartStore;
	/** The limiter that goes with the kind of store: in memory for SQLite, in the database for PostgreSQL. */
	limiter(limit: number, windowMs: number, now: () => number): WriteLimiter;
}

/** Registers the hooks that give each test of the block its own place for a `kind` store. */
export function useStores(kind: StoreKind): StorePlace {
	let cluster = process.env.TIAOKUAI_TEST_DATABASE_URL ?? '';
	let ownCluster: string | undefined;
	let location = '';
	let cleanUp: () => Promise<void> = async () => {};
	const opened: ChartStore[] = [];

	if (kind === 'postgres') {
		beforeAll(() => {
			if (cluster) return;
			const started = startCluster();
			ownCluster = started.dir;
			cluster = started.url;
		}, 120_000);
		afterAll(() => {
			if (ownCluster) stopCluster(ownCluster);
		}, 60_000);
	}

	beforeEach(async () => {
		if (kind === 'sqlite') {
			const dir = mkdtempSync(join(tmpdir(), 'tiaokuai-store-'));
			location = join(dir, 'tiaokuai.sqlite');
			cleanUp = async () => rmSync(dir, { recursive: true, force: true });
			return;
		}
		const db = await newDatabase(cluster);
		location = db.url;
		cleanUp = db.drop;
	}, 60_000);

	afterEach(async () => {
		await Promise.all(opened.splice(0).map((s) => s.close().catch(() => {})));
		await cleanUp();
	}, 60_000);

	const open = (options: { now?: () => Date } = {}): ChartStore => {
		const store =
			kind === 'sqlite' ? new SqliteChartStore(location, options) : new PgChartStore(location, options);
		opened.push(store);
		return store;
	};

	return {
		kind,
		get location() {
			return location;
		},
		open,
		limiter(limit, windowMs, now) {
			if (kind === 'sqlite') return new RateLimiter(limit, windowMs, now);
			const store = open() as PgChartStore;
			return new PgRateLimiter(store.pool, limit, windowMs, now, () => store.ready());
		}
	};
}
