import type { DatabaseSync } from 'node:sqlite';
import type { Dataset } from '#lib/model/types.js';
import {
	ChartNotFoundError,
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
import { openDatabase } from './sqlite-open.js';
import * as stored from './store-rows.js';

const insertChart =
	'INSERT INTO charts (id, title, token_hash, created_at, updated_at, head_rev) VALUES (?, ?, ?, ?, ?, ?)';
const insertRevision = `INSERT INTO revisions (${stored.REVISION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`;

/**
 * Charts and their append-only history in one SQLite file. Every write is one `BEGIN IMMEDIATE`
 * transaction, so a kill at any moment leaves the file at the last committed revision.
 */
export class SqliteChartStore implements ChartStore {
	readonly kind = 'sqlite';
	readonly db: DatabaseSync;
	private readonly now: () => Date;

	constructor(path: string, options: { now?: () => Date } = {}) {
		this.db = openDatabase(path);
		this.now = options.now ?? (() => new Date());
	}

	/** Stores a new chart at revision 1 and returns it with its edit token (the only time the token is seen). */
	async create(dataset: Dataset, info: WriteInfo): Promise<{ chart: ChartMeta; token: string }> {
		const first = stored.firstSave(dataset, info, this.now().toISOString());
		const at = first.revision.createdAt;
		return this.transaction(() => {
			let id = newChartId();
			while (this.db.prepare('SELECT 1 FROM charts WHERE id = ?').get(id)) id = newChartId();
			this.db.prepare(insertChart).run(id, first.title, first.tokenHash, at, at, 1);
			this.insert(id, first.revision);
			return { chart: stored.createdMeta(id, first), token: first.token };
		});
	}

	/** The chart's metadata, or undefined. */
	async meta(id: string): Promise<ChartMeta | undefined> {
		return this.metaNow(id);
	}

	private metaNow(id: string): ChartMeta | undefined {
		const row = this.db.prepare('SELECT * FROM charts WHERE id = ?').get(id) as stored.ChartRow | undefined;
		return row && stored.toMeta(row);
	}

	/** The dataset of a chart at `rev` (the newest when absent) as stored, JSON text, unparsed. */
	async datasetText(id: string, rev?: number): Promise<string | undefined> {
		const row = this.db
			.prepare(
				'SELECT r.dataset FROM revisions r JOIN charts c ON c.id = r.chart_id WHERE c.id = ? AND r.rev = coalesce(?, c.head_rev)'
			)
			.get(id, rev ?? null) as { dataset?: string } | undefined;
		return row?.dataset;
	}

	/** The chart at `rev` (the newest when absent), or undefined when the chart or revision does not exist. */
	async get(id: string, rev?: number): Promise<ChartAtRevision | undefined> {
		return stored.parsed(this.textNow(id, rev));
	}

	/** {@link get} with the dataset as stored, JSON text, unparsed. */
	async getText(id: string, rev?: number): Promise<ChartTextAtRevision | undefined> {
		return this.textNow(id, rev);
	}

	private textNow(id: string, rev?: number): ChartTextAtRevision | undefined {
		const row = this.db
			.prepare(
				`SELECT c.id, c.title, c.created_at, c.updated_at, c.head_rev, r.rev, r.author, r.message,
					r.created_at AS rev_created_at, r.summary, r.dataset
				FROM charts c JOIN revisions r ON r.chart_id = c.id AND r.rev = coalesce(?, c.head_rev)
				WHERE c.id = ?`
			)
			.get(rev ?? null, id) as stored.ChartRevisionRow | undefined;
		return row && stored.toChartText(row);
	}

	/**
	 * Appends a revision on top of `expectedRev`. Throws {@link StaleRevisionError} when someone else
	 * wrote first, {@link ChartNotFoundError} when the chart is gone.
	 */
	async update(id: string, expectedRev: number, dataset: Dataset, info: WriteInfo): Promise<ChartMeta> {
		const at = this.now().toISOString();
		return this.transaction(() => {
			// A stale save is refused before the old revision is read and compared.
			const head = this.metaNow(id)?.rev;
			const base = head === expectedRev ? stored.parsed(this.textNow(id, expectedRev)) : undefined;
			if (!base) throw stored.refusal(id, expectedRev, head);
			const { title, revision } = stored.nextSave(expectedRev, base.dataset, dataset, info, at);
			// The WHERE on head_rev is the real guard: it holds even if two processes share the file.
			const moved = this.db
				.prepare(
					'UPDATE charts SET head_rev = ?, title = ?, updated_at = ? WHERE id = ? AND head_rev = ? RETURNING *'
				)
				.get(revision.rev, title, at, id, expectedRev) as stored.ChartRow | undefined;
			if (!moved) throw stored.refusal(id, expectedRev, this.metaNow(id)?.rev);
			this.insert(id, revision);
			return stored.toMeta(moved);
		});
	}

	/** Deletes a chart and its history. Returns false when there was none. */
	async delete(id: string): Promise<boolean> {
		return this.transaction(() => this.db.prepare('DELETE FROM charts WHERE id = ?').run(id).changes === 1);
	}

	/** Replaces the chart's edit token; the old one stops working at once. */
	async rotateToken(id: string): Promise<string> {
		const { token, hash } = issueToken();
		return this.transaction(() => {
			const changed = this.db.prepare('UPDATE charts SET token_hash = ? WHERE id = ?').run(hash, id).changes;
			if (changed !== 1) throw new ChartNotFoundError(id);
			return token;
		});
	}

	/** True when `token` is the chart's current edit token. */
	async authorize(id: string, token: string): Promise<boolean> {
		const row = this.db.prepare('SELECT token_hash FROM charts WHERE id = ?').get(id) as
			{ token_hash: string } | undefined;
		return row !== undefined && tokenMatches(token, row.token_hash);
	}

	/** The chart's history, newest first. */
	async revisions(id: string): Promise<RevisionMeta[]> {
		const rows = this.db
			.prepare(
				'SELECT rev, author, message, created_at, summary FROM revisions WHERE chart_id = ? ORDER BY rev DESC'
			)
			.all(id) as unknown as stored.RevisionRow[];
		return rows.map(stored.toRevision);
	}

	/** A page of the charts, most recently updated first, and how many there are in all. */
	async list(limit = 100, offset = 0): Promise<{ charts: ChartMeta[]; total: number }> {
		const rows = this.db
			.prepare('SELECT * FROM charts ORDER BY updated_at DESC, id LIMIT ? OFFSET ?')
			.all(limit, offset) as unknown as stored.ChartRow[];
		const { n } = this.db.prepare('SELECT count(*) AS n FROM charts').get() as { n: number };
		return { charts: rows.map(stored.toMeta), total: n };
	}

	/** The file was opened and migrated by the constructor. */
	async ready(): Promise<void> {}

	async copyOut(id: string): Promise<StoredChart | undefined> {
		const row = this.db.prepare('SELECT * FROM charts WHERE id = ?').get(id) as
			(stored.ChartRow & { token_hash: string }) | undefined;
		if (!row) return undefined;
		const revisions = this.db
			.prepare('SELECT * FROM revisions WHERE chart_id = ? ORDER BY rev')
			.all(id) as unknown as Required<stored.RevisionRow>[];
		return {
			meta: stored.toMeta(row),
			tokenHash: row.token_hash,
			revisions: revisions.map((r) => ({ ...stored.toRevision(r), dataset: r.dataset }))
		};
	}

	async copyIn({ meta, tokenHash, revisions }: StoredChart): Promise<void> {
		this.transaction(() => {
			this.db
				.prepare(insertChart)
				.run(meta.id, meta.title, tokenHash, meta.createdAt, meta.updatedAt, meta.rev);
			for (const r of revisions) this.insert(meta.id, { ...r, summary: JSON.stringify(r.summary) });
		});
	}

	/** Closes the file. */
	async close(): Promise<void> {
		this.db.close();
	}

	private insert(id: string, revision: stored.NewRevision): void {
		this.db.prepare(insertRevision).run(...stored.revisionValues(id, revision));
	}

	private transaction<T>(work: () => T): T {
		// IMMEDIATE takes the write lock up front, so the read-then-write inside cannot race another writer.
		this.db.exec('BEGIN IMMEDIATE');
		try {
			const result = work();
			this.db.exec('COMMIT');
			return result;
		} catch (e) {
			this.db.exec('ROLLBACK');
			throw e;
		}
	}
}
