import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/fixtures/small-dataset.json' with { type: 'json' };
import { ChartStore, StaleRevisionError } from './chart-store.js';
import { migrations } from './migrations.js';

const dataset = small as Dataset;
let dir: string;
let path: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'tiaokuai-store-'));
	path = join(dir, 'tiaokuai.sqlite');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ChartStore', () => {
	it('lets only one of two servers on the same file save on top of a revision', () => {
		const a = new ChartStore(path);
		const b = new ChartStore(path);
		const { chart } = a.create(dataset, { author: 'a', message: 'one' });
		a.update(chart.id, 1, dataset, { author: 'a', message: 'two' });
		expect(() => b.update(chart.id, 1, dataset, { author: 'b', message: 'late' })).toThrow(
			StaleRevisionError
		);
		expect(b.revisions(chart.id).map((r) => r.message)).toEqual(['two', 'one']);
		a.close();
		b.close();
	});

	it('keeps its data and schema version when reopened', () => {
		const first = new ChartStore(path);
		const { chart, token } = first.create(dataset, { author: 'a', message: 'm' });
		first.close();
		const again = new ChartStore(path);
		expect(again.get(chart.id)!.dataset).toEqual(dataset);
		expect(again.authorize(chart.id, token)).toBe(true);
		expect(again.db.prepare('PRAGMA user_version').get()).toEqual({ user_version: migrations.length });
		again.close();
	});

	it('refuses a file from a newer Tiaokuai instead of damaging it', () => {
		const db = new DatabaseSync(path);
		db.exec(`PRAGMA user_version = ${migrations.length + 1}`);
		db.close();
		expect(() => new ChartStore(path)).toThrow(/newer than this Tiaokuai/);
	});

	it('stamps revisions with the clock and summarises each change', () => {
		let t = Date.parse('2026-01-01T00:00:00Z');
		const store = new ChartStore(path, { now: () => new Date((t += 1000)) });
		const { chart } = store.create(dataset, { author: 'a', message: 'm' });
		const fewer = { ...dataset, nodes: dataset.nodes.slice(0, 1), edges: [] };
		store.update(chart.id, 1, fewer, { author: 'b', message: 'drop' });
		const [second, first] = store.revisions(chart.id);
		expect(first.createdAt).toBe('2026-01-01T00:00:01.000Z');
		expect(second.createdAt).toBe('2026-01-01T00:00:02.000Z');
		expect(first.summary.nodes.added).toBe(2);
		expect(second.summary).toMatchObject({
			nodes: { added: 0, removed: 1, changed: 0 },
			edges: { added: 0, removed: 1, changed: 0 }
		});
		store.close();
	});
});
