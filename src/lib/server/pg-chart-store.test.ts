import { describe, expect, it } from 'vitest';
import net from 'node:net';
import pg from 'pg';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { useStores } from '../../../tests/support/stores.js';
import { startProxy } from '../../../tests/support/tcp-proxy.js';
import { errorResponse } from './api-error.js';
import { ChartHandlers } from './chart-handlers.js';
import { storeReadyOrExplain } from './open-store.js';
import { PgChartStore } from './pg-chart-store.js';
import { PgRateLimiter } from './pg-rate-limiter.js';
import { pgMigrations } from './pg-migrations.js';
import { StoreUnavailableError } from './store-unavailable.js';

const dataset = small as Dataset;
const info = (message: string) => ({ author: 'a', message });
const place = useStores('postgres');

/** Runs SQL on the test's database directly, as an operator (or an intruder) would. */
async function sql(text: string): Promise<pg.QueryResult> {
	const client = new pg.Client({ connectionString: place.location });
	await client.connect();
	try {
		return await client.query(text);
	} finally {
		await client.end();
	}
}

/** The test's database reached through `port` on 127.0.0.1. */
function through(port: number): string {
	const u = new URL(place.location);
	u.port = String(port);
	return u.href;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
	const server = net.createServer().listen(0, '127.0.0.1');
	await new Promise((r) => server.once('listening', r));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((r) => server.close(r));
	return port;
}

describe('the PostgreSQL schema', () => {
	it('refuses to change or remove a revision, even to a direct SQL session', async () => {
		const store = place.open();
		const { chart } = await store.create(dataset, info('m'));
		await expect(sql("UPDATE revisions SET message = 'forged'")).rejects.toThrow(/append-only/);
		await expect(sql('DELETE FROM revisions')).rejects.toThrow(/append-only/);
		await expect(sql('TRUNCATE revisions CASCADE')).rejects.toThrow(/append-only/);
		expect((await store.revisions(chart.id)).map((r) => r.message)).toEqual(['m']);
		// A chart's history goes with the chart, and only so.
		expect(await store.delete(chart.id)).toBe(true);
		expect((await sql('SELECT count(*)::int AS n FROM revisions')).rows[0].n).toBe(0);
	});

	it('records each migration once, even when instances start together', async () => {
		const stores = Array.from({ length: 4 }, () => place.open());
		await Promise.all(stores.map((s) => s.ready()));
		const { rows } = await sql('SELECT version FROM schema_migrations ORDER BY version');
		expect(rows.map((r) => r.version)).toEqual(pgMigrations.map((_, i) => i + 1));
	});

	it('refuses a database from a newer Tiaokuai', async () => {
		await place.open().ready();
		await sql(`INSERT INTO schema_migrations (version) VALUES (${pgMigrations.length + 1})`);
		await expect(place.open().ready()).rejects.toThrow(/newer than this Tiaokuai/);
	});

	it('keeps a dataset text exactly as written, and only token hashes', async () => {
		const store = place.open();
		const { chart, token } = await store.create(dataset, info('m'));
		const { rows } = await sql(
			'SELECT c.token_hash, r.dataset::text AS d FROM charts c JOIN revisions r ON r.chart_id = c.id'
		);
		expect(rows[0].d).toBe(JSON.stringify(dataset));
		expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(rows)).not.toContain(token);
		expect(await store.authorize(chart.id, token)).toBe(true);
	});
});

describe('the rate limit on PostgreSQL', () => {
	it('is shared by instances: of 12 writes at once through two pools, exactly the limit pass', async () => {
		const a = place.open() as PgChartStore;
		const b = place.open() as PgChartStore;
		const limiters = [a, b].map((s) => new PgRateLimiter(s.pool, 5, 60_000, Date.now, () => s.ready()));
		const waits = await Promise.all(Array.from({ length: 12 }, (_, i) => limiters[i % 2].take('token:x')));
		expect(waits.filter((w) => w === 0)).toHaveLength(5);
		expect(waits.filter((w) => w > 0)).toHaveLength(7);
	});
});

describe('a database that cannot be used', () => {
	it('stops start-up with the host and the reason', async () => {
		const port = await closedPort();
		const url = `postgres://app@127.0.0.1:${port}/tiaokuai`;
		const store = new PgChartStore(url);
		const failure = storeReadyOrExplain(store, { DATABASE_URL: url });
		await expect(failure).rejects.toThrow(`app@127.0.0.1:${port}/tiaokuai: connection refused`);
		await expect(failure).rejects.toThrow(/connection refused.*ECONNREFUSED/);
		await store.close();
		const missing = new URL(place.location);
		missing.pathname = '/no_such_database';
		const wrongDb = new PgChartStore(missing.href);
		await expect(storeReadyOrExplain(wrongDb, { DATABASE_URL: missing.href })).rejects.toThrow(
			/no_such_database.*the database does not exist.*\(3D000\)/
		);
		await wrongDb.close();
		expect(() => new PgChartStore('mysql://db/tiaokuai')).toThrow(/must start with postgres:\/\//);
	});

	it('answers 503 with Retry-After while it is gone, and serves again when it is back', async () => {
		const target = new URL(place.location);
		const proxy = await startProxy({ host: target.hostname, port: Number(target.port) });
		const store = place.open();
		const direct = store as PgChartStore;
		const remote = new PgChartStore(through(proxy.port));
		const api = new ChartHandlers({
			store: remote,
			builtin: () => undefined,
			builtins: () => [],
			limiter: new PgRateLimiter(remote.pool, 100, 60_000, Date.now, () => remote.ready()),
			removeFiles: () => {}
		});
		const { chart, token } = await remote.create(dataset, info('one'));
		const save = () =>
			api
				.update(
					chart.id,
					new Request('http://x/', {
						method: 'PUT',
						headers: { authorization: `Bearer ${token}`, 'if-match': '"rev-1"' },
						body: JSON.stringify({ dataset, message: 'two' })
					})
				)
				.catch(errorResponse);
		await proxy.cut();
		const refused = await save();
		expect(refused.status).toBe(503);
		expect(refused.headers.get('retry-after')).toBe('5');
		expect((await refused.json()).error.code).toBe('store_unavailable');
		expect((await direct.meta(chart.id))!.rev).toBe(1);
		await proxy.resume();
		const saved = await save();
		expect(saved.status).toBe(200);
		expect(saved.headers.get('etag')).toBe('"rev-2"');
		await remote.close();
		await proxy.cut();
	});

	it('leaves no part of a save whose connection dies before COMMIT', async () => {
		const target = new URL(place.location);
		const proxy = await startProxy({ host: target.hostname, port: Number(target.port) });
		const direct = place.open();
		const remote = new PgChartStore(through(proxy.port));
		const { chart } = await remote.create(dataset, info('one'));
		const dropped = proxy.dropWhenSent('COMMIT');
		const renamed = { ...dataset, title: { zh: '改名', en: 'Renamed' } };
		await expect(remote.update(chart.id, 1, renamed, info('lost'))).rejects.toThrow(StoreUnavailableError);
		await dropped;
		expect(await direct.meta(chart.id)).toMatchObject({ rev: 1, title: dataset.title.zh });
		expect((await direct.revisions(chart.id)).map((r) => r.rev)).toEqual([1]);
		// The same store, without a restart, saves on its next try.
		expect((await remote.update(chart.id, 1, renamed, info('again'))).rev).toBe(2);
		await remote.close();
		await proxy.cut();
	});
});
