/** Counts writes per key (a token hash or a client address) in a sliding window. */
export interface WriteLimiter {
	/** Writes allowed per key in the window. */
	readonly limit: number;
	/**
	 * Records a write for `key`. Resolves 0 when it is allowed, or the whole seconds to wait before
	 * the next write would be (the value for `Retry-After`).
	 */
	take(key: string): Promise<number>;
}

/**
 * The limiter of one process, in memory (the SQLite store's): a restart forgets the counts, which
 * only ever lets a client write more, never less. Instances on PostgreSQL share
 * pg-rate-limiter.ts instead.
 */
export class RateLimiter implements WriteLimiter {
	private readonly hits = new Map<string, number[]>();

	constructor(
		readonly limit: number,
		readonly windowMs: number = 60_000,
		private readonly now: () => number = Date.now
	) {}

	async take(key: string): Promise<number> {
		const t = this.now();
		const recent = (this.hits.get(key) ?? []).filter((h) => h > t - this.windowMs);
		if (recent.length >= this.limit) {
			this.hits.set(key, recent);
			return Math.max(1, Math.ceil((recent[0] + this.windowMs - t) / 1000));
		}
		recent.push(t);
		this.hits.set(key, recent);
		// Forget idle keys now and then so the map stays small.
		if (this.hits.size > 10_000) {
			for (const [k, v] of this.hits) if (v[v.length - 1] <= t - this.windowMs) this.hits.delete(k);
		}
		return 0;
	}
}
