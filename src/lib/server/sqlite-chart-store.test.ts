import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { SqliteChartStore } from './sqlite-chart-store.js';
import { migrations } from './sqlite-migrations.js';

const dataset = small as Dataset;
let dir: string;
let path: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'tiaokuai-store-'));
	path = join(dir, 'data', 'tiaokuai.sqlite');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the SQLite file', () => {
	it('is created with WAL, the schema version and an append-only revisions table', async () => {
		const store = new SqliteChartStore(path);
		const db = new DatabaseSync(path);
		expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
		expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: migrations.length });
		db.close();
		await store.create(dataset, { author: 'a', message: 'm' });
		expect(() => store.db.exec("UPDATE revisions SET message = 'x'")).toThrow(/append-only/);
		await store.close();
	});

	it('refuses a file from a newer Tiaokuai instead of damaging it', () => {
		new SqliteChartStore(path).close();
		const db = new DatabaseSync(path);
		db.exec(`PRAGMA user_version = ${migrations.length + 1}`);
		db.close();
		expect(() => new SqliteChartStore(path)).toThrow(/newer than this Tiaokuai/);
	});
});
