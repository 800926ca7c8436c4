import type pg from 'pg';
import type { WriteLimiter } from './rate-limiter.js';
import { guarded } from './pg-connection.js';

/**
 * The write limit shared by every instance on one PostgreSQL database: each write is a row of
 * `rate_hits`, and a transaction-scoped advisory lock on the key makes count-then-insert atomic,
 * so two instances cannot both let the last allowed write through.
 */
export class PgRateLimiter implements WriteLimiter {
	private takes = 0;

	constructor(
		private readonly pool: pg.Pool,
		readonly limit: number,
		readonly windowMs: number = 60_000,
		private readonly now: () => number = Date.now,
		/** Resolves once the table exists (the store's migration). */
		private readonly ready: () => Promise<void> = async () => {}
	) {}

	async take(key: string): Promise<number> {
		await this.ready();
		const t = this.now();
		const since = t - this.windowMs;
		return guarded(async () => {
			const c = await this.pool.connect();
			try {
				await c.query('BEGIN');
				await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
				const { rows } = await c.query<{ n: number; first: string | null }>(
					'SELECT count(*)::int AS n, min(at_ms) AS first FROM rate_hits WHERE key = $1 AND at_ms > $2',
					[key, since]
				);
				const wait =
					rows[0].n >= this.limit
						? Math.max(1, Math.ceil((Number(rows[0].first) + this.windowMs - t) / 1000))
						: 0;
				if (wait === 0) await c.query('INSERT INTO rate_hits (key, at_ms) VALUES ($1, $2)', [key, t]);
				// Forget old writes of every key now and then, so the table stays small.
				if (++this.takes % 500 === 0) await c.query('DELETE FROM rate_hits WHERE at_ms <= $1', [since]);
				await c.query('COMMIT');
				return wait;
			} catch (e) {
				await c.query('ROLLBACK').catch(() => {});
				throw e;
			} finally {
				c.release();
			}
		});
	}
}
