import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open-store.js';
import { PgRateLimiter } from './pg-rate-limiter.js';
import { RateLimiter } from './rate-limiter.js';

describe('openStore', () => {
	it('keeps SQLite in TIAOKUAI_DATA_DIR without DATABASE_URL, and PostgreSQL with it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tiaokuai-open-'));
		try {
			const file = openStore(30, { TIAOKUAI_DATA_DIR: dir });
			expect(file.store.kind).toBe('sqlite');
			expect(file.limiter).toBeInstanceOf(RateLimiter);
			expect(existsSync(join(dir, 'tiaokuai.sqlite'))).toBe(true);
			await file.store.close();
			const other = mkdtempSync(join(tmpdir(), 'tiaokuai-open-'));
			const db = openStore(30, { TIAOKUAI_DATA_DIR: other, DATABASE_URL: 'postgres://app@127.0.0.1:1/x' });
			expect(db.store.kind).toBe('postgres');
			expect(db.limiter).toBeInstanceOf(PgRateLimiter);
			// A store on PostgreSQL leaves the data folder alone.
			expect(existsSync(join(other, 'tiaokuai.sqlite'))).toBe(false);
			await db.store.close();
			rmSync(other, { recursive: true, force: true });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses a pool size that is not a whole number', () => {
		expect(() => openStore(30, { DATABASE_URL: 'postgres://db/x', TIAOKUAI_PG_POOL: 'lots' })).toThrow(
			/TIAOKUAI_PG_POOL must be a whole number from 1 to 1000; got lots/
		);
	});
});
