import type { DatabaseSync } from 'node:sqlite';
import type { Dataset } from '#lib/model/types.js';
import { diffDatasets, summariseDiff, type DiffSummary } from '#lib/model/dataset-diff.js';
import { newChartId } from './chart-id.js';
import { hashToken, newEditToken, tokenMatches } from './edit-token.js';
import { openDatabase } from './open-database.js';

/** A stored chart without its dataset. */
export interface ChartMeta {
	id: string;
	title: string;
	createdAt: string;
	updatedAt: string;
	rev: number;
}

/** One entry of a chart's history. */
export interface RevisionMeta {
	rev: number;
	author: string;
	message: string;
	createdAt: string;
	summary: DiffSummary;
}

/** A chart at one revision. */
export interface ChartAtRevision {
	chart: ChartMeta;
	revision: RevisionMeta;
	dataset: Dataset;
}

/** What a write carries besides the dataset. */
export interface WriteInfo {
	author: string;
	message: string;
}

/** The revision a writer based its edit on is no longer the newest. */
export class StaleRevisionError extends Error {
	constructor(
		readonly expected: number,
		readonly current: number
	) {
		super(`The chart is at revision ${current}, not ${expected}.`);
	}
}

/** The chart does not exist (or was deleted). */
export class ChartNotFoundError extends Error {
	constructor(readonly id: string) {
		super(`No chart with id "${id}".`);
	}
}

interface ChartRow {
	id: string;
	title: string;
	created_at: string;
	updated_at: string;
	head_rev: number;
}

interface RevisionRow {
	rev: number;
	author: string;
	message: string;
	created_at: string;
	summary: string;
	dataset?: string;
}

const emptySummary: DiffSummary = {
	nodes: { added: 0, removed: 0, changed: 0 },
	edges: { added: 0, removed: 0, changed: 0 },
	title: false,
	kinds: false,
	sources: false,
	views: false
};

/**
 * Charts and their append-only history in one SQLite file. Every write is one `BEGIN IMMEDIATE`
 * transaction, so a kill at any moment leaves the file at the last committed revision.
 */
export class ChartStore {
	readonly db: DatabaseSync;
	private readonly now: () => Date;

	constructor(path: string, options: { now?: () => Date } = {}) {
		this.db = openDatabase(path);
		this.now = options.now ?? (() => new Date());
	}

	/** Stores a new chart at revision 1 and returns it with its edit token (the only time the token is seen). */
	create(dataset: Dataset, info: WriteInfo): { chart: ChartMeta; token: string } {
		const token = newEditToken();
		const at = this.now().toISOString();
		const summary: DiffSummary = {
			...emptySummary,
			nodes: { ...emptySummary.nodes, added: dataset.nodes.length },
			edges: { ...emptySummary.edges, added: dataset.edges.length }
		};
		return this.transaction(() => {
			let id = newChartId();
			while (this.db.prepare('SELECT 1 FROM charts WHERE id = ?').get(id)) id = newChartId();
			const title = titleOf(dataset);
			this.db
				.prepare(
					'INSERT INTO charts (id, title, token_hash, created_at, updated_at, head_rev) VALUES (?, ?, ?, ?, ?, 1)'
				)
				.run(id, title, hashToken(token), at, at);
			this.insertRevision(id, 1, dataset, info, at, summary);
			return { chart: { id, title, createdAt: at, updatedAt: at, rev: 1 }, token };
		});
	}

	/** The chart's metadata, or undefined. */
	meta(id: string): ChartMeta | undefined {
		const row = this.db.prepare('SELECT * FROM charts WHERE id = ?').get(id) as ChartRow | undefined;
		return row && toMeta(row);
	}

	/** The dataset of a chart at `rev` (the newest when absent) as stored, JSON text, unparsed. */
	datasetText(id: string, rev?: number): string | undefined {
		const row = this.db
			.prepare(
				'SELECT r.dataset FROM revisions r JOIN charts c ON c.id = r.chart_id WHERE c.id = ? AND r.rev = coalesce(?, c.head_rev)'
			)
			.get(id, rev ?? null) as { dataset?: string } | undefined;
		return row?.dataset;
	}

	/** The chart at `rev` (the newest when absent), or undefined when the chart or revision does not exist. */
	get(id: string, rev?: number): ChartAtRevision | undefined {
		const chart = this.meta(id);
		if (!chart) return undefined;
		const row = this.db
			.prepare('SELECT * FROM revisions WHERE chart_id = ? AND rev = ?')
			.get(id, rev ?? chart.rev) as RevisionRow | undefined;
		if (!row || row.dataset === undefined) return undefined;
		return { chart, revision: toRevision(row), dataset: JSON.parse(row.dataset) as Dataset };
	}

	/**
	 * Appends a revision on top of `expectedRev`. Throws {@link StaleRevisionError} when someone else
	 * wrote first, {@link ChartNotFoundError} when the chart is gone.
	 */
	update(id: string, expectedRev: number, dataset: Dataset, info: WriteInfo): ChartMeta {
		const at = this.now().toISOString();
		return this.transaction(() => {
			const current = this.get(id);
			if (!current) throw new ChartNotFoundError(id);
			if (current.chart.rev !== expectedRev) {
				throw new StaleRevisionError(expectedRev, current.chart.rev);
			}
			const rev = expectedRev + 1;
			const summary = summariseDiff(diffDatasets(current.dataset, dataset));
			const title = titleOf(dataset);
			// The WHERE on head_rev is the real guard: it holds even if two processes share the file.
			const result = this.db
				.prepare('UPDATE charts SET head_rev = ?, title = ?, updated_at = ? WHERE id = ? AND head_rev = ?')
				.run(rev, title, at, id, expectedRev);
			if (result.changes !== 1) throw new StaleRevisionError(expectedRev, this.meta(id)?.rev ?? 0);
			this.insertRevision(id, rev, dataset, info, at, summary);
			return { ...current.chart, title, updatedAt: at, rev };
		});
	}

	/** Deletes a chart and its history. Returns false when there was none. */
	delete(id: string): boolean {
		return this.transaction(() => this.db.prepare('DELETE FROM charts WHERE id = ?').run(id).changes === 1);
	}

	/** Replaces the chart's edit token; the old one stops working at once. */
	rotateToken(id: string): string {
		const token = newEditToken();
		return this.transaction(() => {
			const changed = this.db
				.prepare('UPDATE charts SET token_hash = ? WHERE id = ?')
				.run(hashToken(token), id).changes;
			if (changed !== 1) throw new ChartNotFoundError(id);
			return token;
		});
	}

	/** True when `token` is the chart's current edit token. */
	authorize(id: string, token: string): boolean {
		const row = this.db.prepare('SELECT token_hash FROM charts WHERE id = ?').get(id) as
			{ token_hash: string } | undefined;
		return row !== undefined && tokenMatches(token, row.token_hash);
	}

	/** The chart's history, newest first. */
	revisions(id: string): RevisionMeta[] {
		const rows = this.db
			.prepare(
				'SELECT rev, author, message, created_at, summary FROM revisions WHERE chart_id = ? ORDER BY rev DESC'
			)
			.all(id) as unknown as RevisionRow[];
		return rows.map(toRevision);
	}

	/** A page of the charts, most recently updated first, and how many there are in all. */
	list(limit = 100, offset = 0): { charts: ChartMeta[]; total: number } {
		const rows = this.db
			.prepare('SELECT * FROM charts ORDER BY updated_at DESC, id LIMIT ? OFFSET ?')
			.all(limit, offset) as unknown as ChartRow[];
		const { n } = this.db.prepare('SELECT count(*) AS n FROM charts').get() as { n: number };
		return { charts: rows.map(toMeta), total: n };
	}

	/** Closes the file. */
	close(): void {
		this.db.close();
	}

	private insertRevision(
		id: string,
		rev: number,
		dataset: Dataset,
		info: WriteInfo,
		at: string,
		summary: DiffSummary
	): void {
		this.db
			.prepare(
				'INSERT INTO revisions (chart_id, rev, dataset, author, message, created_at, summary) VALUES (?, ?, ?, ?, ?, ?, ?)'
			)
			.run(id, rev, JSON.stringify(dataset), info.author, info.message, at, JSON.stringify(summary));
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

function titleOf(dataset: Dataset): string {
	return dataset.title.zh || dataset.title.en || dataset.id;
}

function toMeta(row: ChartRow): ChartMeta {
	return {
		id: row.id,
		title: row.title,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		rev: row.head_rev
	};
}

function toRevision(row: RevisionRow): RevisionMeta {
	return {
		rev: row.rev,
		author: row.author,
		message: row.message,
		createdAt: row.created_at,
		summary: JSON.parse(row.summary) as DiffSummary
	};
}
