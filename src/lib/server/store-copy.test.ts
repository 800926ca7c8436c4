import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { useStores } from '../../../tests/support/stores.js';
import { runStoreCopy } from './store-copy-cli.js';

const dataset = small as Dataset;
const info = (message: string) => ({ author: '王', message });
const renamed = (zh: string): Dataset => ({ ...dataset, title: { zh, en: zh } });

describe('npm run store:copy', () => {
	const sqlite = useStores('sqlite');
	const postgres = useStores('postgres');

	/** Runs the command as the script does; returns its exit code and what it said. */
	async function copy(...args: string[]): Promise<{ code: number; said: string }> {
		const lines: string[] = [];
		const code = await runStoreCopy(args, {}, (l) => lines.push(l));
		return { code, said: lines.join('\n') };
	}

	it('copies every chart with every revision and token, checks it, and leaves the file as it was', async () => {
		const file = sqlite.open();
		const kept = await file.create(dataset, info('一'));
		await file.update(kept.chart.id, 1, renamed('二'), info('二'));
		await file.update(kept.chart.id, 2, renamed('三'), info('三'));
		const other = await file.create(renamed('另一个'), info('first'));
		const token = await file.rotateToken(other.chart.id);
		const gone = await file.create(dataset, info('deleted'));
		await file.delete(gone.chart.id);
		await file.close();
		const before = createHash('sha256').update(readFileSync(sqlite.location)).digest('hex');

		const first = await copy(sqlite.location, postgres.location);
		expect(first.said).toContain('Copied 2 charts with 4 revisions. Checked: the counts and the SHA-256');
		expect(first.said).toContain('已复制 2 个图表、4 个版本。已核对');
		expect(first.code).toBe(0);
		expect(createHash('sha256').update(readFileSync(sqlite.location)).digest('hex')).toBe(before);

		const pg = postgres.open();
		const history = await pg.revisions(kept.chart.id);
		expect(history.map((r) => [r.rev, r.message])).toEqual([
			[3, '三'],
			[2, '二'],
			[1, '一']
		]);
		expect((await pg.get(kept.chart.id, 2))!.dataset.title.zh).toBe('二');
		expect(await pg.authorize(other.chart.id, token)).toBe(true);
		expect(await pg.authorize(other.chart.id, other.token)).toBe(false);
		expect(await pg.meta(gone.chart.id)).toBeUndefined();
		// The copy goes on from where it was: new saves append on PostgreSQL.
		expect((await pg.update(kept.chart.id, 3, dataset, info('四'))).rev).toBe(4);
	});

	it('runs again without duplicating, and reports charts that changed since', async () => {
		const file = sqlite.open();
		const { chart } = await file.create(dataset, info('一'));
		expect((await copy(sqlite.location, postgres.location)).code).toBe(0);
		const again = await copy(sqlite.location, postgres.location);
		expect(again.said).toContain('Copied 1 charts with 1 revisions (1 were already there, unchanged)');
		expect(again.code).toBe(0);
		await file.update(chart.id, 1, renamed('二'), info('二'));
		const changed = await copy(sqlite.location, postgres.location);
		expect(changed.said).toContain(`does NOT match the source for 1 charts: ${chart.id}`);
		expect(changed.code).toBe(1);
	});

	it('says what it needs when the file or the database is missing', async () => {
		expect((await copy()).said).toMatch(/^Usage: npm run store:copy/);
		expect((await copy('/nonexistent/tiaokuai.sqlite', postgres.location)).said).toContain(
			'No SQLite store at /nonexistent/tiaokuai.sqlite'
		);
		sqlite.open();
		const unreachable = await copy(sqlite.location, 'postgres://app@127.0.0.1:1/tiaokuai');
		expect(unreachable.code).toBe(1);
		expect(unreachable.said).toContain('app@127.0.0.1:1/tiaokuai: connection refused');
	});
});
