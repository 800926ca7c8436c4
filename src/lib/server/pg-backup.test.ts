import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Dataset } from '#lib/model/types.js';
import small from '../../../tests/__fixtures__/small-dataset.json' with { type: 'json' };
import { useStores } from '../../../tests/support/stores.js';
import { newDatabase } from '../../../tests/support/pg-cluster.js';
import { PgChartStore } from './pg-chart-store.js';
import { fingerprint } from './store-copy.js';

const dataset = small as Dataset;
const place = useStores('postgres');

/** A program of the PostgreSQL installation the cluster runs from (as scripts/pg-cluster.sh finds it). */
function program(name: string): string {
	const root = '/usr/lib/postgresql';
	const bin =
		process.env.PG_BIN ?? join(root, readdirSync(root).sort((a, b) => Number(b) - Number(a))[0], 'bin');
	return join(bin, name);
}

describe('a backup with pg_dump', () => {
	it('restores with pg_restore into a database the app uses as it was, triggers and all', async () => {
		const store = place.open();
		const ids: string[] = [];
		for (let i = 0; i < 3; i++) {
			const { chart } = await store.create(dataset, { author: 'a', message: `chart ${i}` });
			for (let rev = 1; rev <= i + 1; rev++) {
				await store.update(
					chart.id,
					rev,
					{ ...dataset, title: { zh: `第 ${rev + 1} 版`, en: '' } },
					{ author: 'b', message: `${rev + 1}` }
				);
			}
			ids.push(chart.id);
		}
		const dir = mkdtempSync(join(tmpdir(), 'tiaokuai-dump-'));
		const cluster = new URL(place.location);
		cluster.pathname = '/postgres';
		const copy = await newDatabase(cluster.href);
		try {
			const file = join(dir, 'tiaokuai.dump');
			execFileSync(program('pg_dump'), ['--format=custom', `--file=${file}`, place.location]);
			execFileSync(program('pg_restore'), ['--no-owner', '--exit-on-error', `--dbname=${copy.url}`, file]);
			const restored = new PgChartStore(copy.url);
			try {
				for (const id of ids) {
					expect(fingerprint((await restored.copyOut(id))!)).toBe(fingerprint((await store.copyOut(id))!));
				}
				expect((await restored.list()).total).toBe(3);
				const client = new pg.Client({ connectionString: copy.url });
				await client.connect();
				await expect(client.query("UPDATE revisions SET message = 'x'")).rejects.toThrow(/append-only/);
				expect((await client.query('SELECT max(version) AS v FROM schema_migrations')).rows[0].v).toBe(1);
				await client.end();
				expect(
					(await restored.update(ids[0], 2, dataset, { author: 'c', message: 'after restore' })).rev
				).toBe(3);
			} finally {
				await restored.close();
			}
		} finally {
			await copy.drop();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
