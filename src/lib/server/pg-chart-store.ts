import type pg from 'pg';
import type { Dataset } from '#lib/model/types.js';
import {
	ChartNotFoundError,
	StaleRevisionError,
	type ChartAtRevision,
	type ChartMeta,
	type ChartStore,
	type ChartTextAtRevision,
	type RevisionMeta,
	type StoredChart,
	type WriteInfo
} from './chart-store.js';
import { newChartId } from './chart-id.js';
import { issueToken, tokenMatches } from './edit-token.js';
import { guarded, isUnavailable, openPool } from './pg-connection.js';
import { migratePg } from './pg-migrations.js';
import * as stored from './store-rows.js';

const chartColumns = 'id, title, created_at, updated_at, head_rev';
const revisionColumns = 'rev, author, message, created_at, summary';

/**
 * Charts and their append-only history in PostgreSQL, shared by any number of app instances.
 * Every write is one transaction: a lost connection or a killed instance leaves no part of it.
 * Two saves on top of the same revision cannot both win: the `UPDATE … WHERE head_rev = expected`
 * takes the chart's row lock, so the second waits, then finds the head moved and matches no row;
 * and the primary key (chart_id, rev) refuses a second revision with the same number in any case.
 */
export class PgChartStore implements ChartStore {
	readonly kind = 'postgres';
	readonly pool: pg.Pool;
	private readonly now: () => Date;
	private migrated: Promise<void> | undefined;

	constructor(url: string, options: { now?: () => Date; pool?: number } = {}) {
		this.pool = openPool(url, options.pool);
		this.now = options.now ?? (() => new Date());
	}

	/** Connects and migrates once; a failure is forgotten, so the next call tries again. */
	ready(): Promise<void> {
		this.migrated ??= this.connected((c) => migratePg(c)).catch((e) => {
			this.migrated = undefined;
			throw e;
		});
		return this.migrated;
	}

	async create(dataset: Dataset, info: WriteInfo): Promise<{ chart: ChartMeta; token: string }> {
		const first = stored.firstSave(dataset, info, this.now().toISOString());
		return this.transaction(async (c) => {
			let id = newChartId();
			// ON CONFLICT: an id already taken is drawn again, without aborting the transaction.
			while (
				(
					await c.query(
						'INSERT INTO charts (id, title, token_hash, created_at, updated_at, head_rev) VALUES ($1, $2, $3, $4, $4, 1) ON CONFLICT (id) DO NOTHING',
						[id, first.title, first.tokenHash, first.revision.createdAt]
					)
				).rowCount !== 1
			) {
				id = newChartId();
			}
			await insertRevision(c, id, first.revision);
			return { chart: stored.createdMeta(id, first), token: first.token };
		});
	}

	async meta(id: string): Promise<ChartMeta | undefined> {
		const rows = await this.query<stored.ChartRow>(`SELECT ${chartColumns} FROM charts WHERE id = $1`, [id]);
		return rows[0] && stored.toMeta(rows[0]);
	}

	async datasetText(id: string, rev?: number): Promise<string | undefined> {
		const rows = await this.query<{ dataset: string }>(
			'SELECT r.dataset::text AS dataset FROM revisions r JOIN charts c ON c.id = r.chart_id WHERE c.id = $1 AND r.rev = coalesce($2, c.head_rev)',
			[id, rev ?? null]
		);
		return rows[0]?.dataset;
	}

	async get(id: string, rev?: number): Promise<ChartAtRevision | undefined> {
		return stored.parsed(await this.getText(id, rev));
	}

	async getText(id: string, rev?: number): Promise<ChartTextAtRevision | undefined> {
		// One statement, so the chart's head and the revision read belong to the same moment.
		const rows = await this.query<stored.ChartRevisionRow>(
			`SELECT c.id, c.title, c.created_at, c.updated_at, c.head_rev, r.rev, r.author, r.message,
				r.created_at AS rev_created_at, r.summary, r.dataset::text AS dataset
			FROM charts c JOIN revisions r ON r.chart_id = c.id AND r.rev = coalesce($2, c.head_rev)
			WHERE c.id = $1`,
			[id, rev ?? null]
		);
		return rows[0] && stored.toChartText(rows[0]);
	}

	async update(id: string, expectedRev: number, dataset: Dataset, info: WriteInfo): Promise<ChartMeta> {
		const at = this.now().toISOString();
		// The revision the writer edited never changes once written, so it is read before the transaction.
		const base = await this.get(id, expectedRev);
		if (!base) throw stored.refusal(id, expectedRev, (await this.meta(id))?.rev);
		const { title, revision } = stored.nextSave(expectedRev, base.dataset, dataset, info, at);
		return this.transaction(async (c) => {
			const moved = await c.query<stored.ChartRow>(
				`UPDATE charts SET head_rev = $1, title = $2, updated_at = $3 WHERE id = $4 AND head_rev = $5 RETURNING ${chartColumns}`,
				[revision.rev, title, at, id, expectedRev]
			);
			if (moved.rowCount !== 1) {
				const now = await c.query<{ head_rev: number }>('SELECT head_rev FROM charts WHERE id = $1', [id]);
				throw stored.refusal(id, expectedRev, now.rows[0]?.head_rev);
			}
			await insertRevision(c, id, revision).catch((e: unknown) => {
				// Unreachable while the guard above holds; the key would refuse the second revision anyway.
				throw (e as { code?: string }).code === '23505'
					? new StaleRevisionError(expectedRev, revision.rev)
					: e;
			});
			return stored.toMeta(moved.rows[0]);
		});
	}

	async delete(id: string): Promise<boolean> {
		return this.transaction(
			async (c) => (await c.query('DELETE FROM charts WHERE id = $1', [id])).rowCount === 1
		);
	}

	async rotateToken(id: string): Promise<string> {
		const { token, hash } = issueToken();
		const rows = await this.query('UPDATE charts SET token_hash = $1 WHERE id = $2 RETURNING id', [hash, id]);
		if (rows.length !== 1) throw new ChartNotFoundError(id);
		return token;
	}

	async authorize(id: string, token: string): Promise<boolean> {
		const rows = await this.query<{ token_hash: string }>('SELECT token_hash FROM charts WHERE id = $1', [
			id
		]);
		return rows.length === 1 && tokenMatches(token, rows[0].token_hash);
	}

	async revisions(id: string): Promise<RevisionMeta[]> {
		const rows = await this.query<stored.RevisionRow>(
			`SELECT ${revisionColumns} FROM revisions WHERE chart_id = $1 ORDER BY rev DESC`,
			[id]
		);
		return rows.map(stored.toRevision);
	}

	async list(limit = 100, offset = 0): Promise<{ charts: ChartMeta[]; total: number }> {
		const rows = await this.query<stored.ChartRow & { total: string }>(
			`SELECT ${chartColumns}, count(*) OVER () AS total FROM charts ORDER BY updated_at DESC, id LIMIT $1 OFFSET $2`,
			[limit, offset]
		);
		// Past the last page the window count has no row to ride on.
		const total =
			rows.length > 0
				? Number(rows[0].total)
				: Number((await this.query<{ n: string }>('SELECT count(*) AS n FROM charts'))[0].n);
		return { charts: rows.map(stored.toMeta), total };
	}

	async copyOut(id: string): Promise<StoredChart | undefined> {
		const charts = await this.query<stored.ChartRow & { token_hash: string }>(
			`SELECT ${chartColumns}, token_hash FROM charts WHERE id = $1`,
			[id]
		);
		if (charts.length === 0) return undefined;
		const revisions = await this.query<Required<stored.RevisionRow>>(
			`SELECT ${revisionColumns}, dataset::text AS dataset FROM revisions WHERE chart_id = $1 ORDER BY rev`,
			[id]
		);
		return {
			meta: stored.toMeta(charts[0]),
			tokenHash: charts[0].token_hash,
			revisions: revisions.map((r) => ({ ...stored.toRevision(r), dataset: r.dataset }))
		};
	}

	async copyIn({ meta, tokenHash, revisions }: StoredChart): Promise<void> {
		await this.transaction(async (c) => {
			await c.query(
				'INSERT INTO charts (id, title, token_hash, created_at, updated_at, head_rev) VALUES ($1, $2, $3, $4, $5, $6)',
				[meta.id, meta.title, tokenHash, meta.createdAt, meta.updatedAt, meta.rev]
			);
			for (const r of revisions)
				await insertRevision(c, meta.id, { ...r, summary: JSON.stringify(r.summary) });
		});
	}

	async close(): Promise<void> {
		await this.pool.end();
	}

	private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
		return this.withClient(async (c) => (await c.query<R>(sql, values)).rows);
	}

	/** Runs `work` on one connection once the schema is current. */
	private async withClient<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
		await this.ready();
		return this.connected(work);
	}

	/** Runs `work` on one connection of the pool; a lost database becomes a 503. */
	private connected<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
		return guarded(async () => {
			const client = await this.pool.connect();
			let lost = false;
			try {
				return await work(client);
			} catch (e) {
				lost = isUnavailable(e);
				throw e;
			} finally {
				// A connection that failed below SQL is not handed to the next request.
				client.release(lost);
			}
		});
	}

	private transaction<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
		return this.withClient(async (c) => {
			await c.query('BEGIN');
			try {
				const result = await work(c);
				await c.query('COMMIT');
				return result;
			} catch (e) {
				await c.query('ROLLBACK').catch(() => {});
				throw e;
			}
		});
	}
}

async function insertRevision(c: pg.ClientBase, id: string, revision: stored.NewRevision): Promise<void> {
	await c.query(
		`INSERT INTO revisions (${stored.REVISION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		stored.revisionValues(id, revision)
	);
}
