/**
 * The store's one interface. Two implementations keep the same promises: SQLite
 * (sqlite-chart-store.ts, the default, one file, no setup) and PostgreSQL (pg-chart-store.ts, when
 * `DATABASE_URL` names one, for several app instances). open-store.ts picks one; every store test
 * runs against both (tests/support/stores.ts).
 */
import type { Dataset } from '#lib/model/types.js';
import type { DiffSummary } from '#lib/model/dataset-diff.js';

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

/** A chart at one revision with its dataset as stored, JSON text, unparsed. */
export interface ChartTextAtRevision {
	chart: ChartMeta;
	revision: RevisionMeta;
	text: string;
}

/** What a write carries besides the dataset. */
export interface WriteInfo {
	author: string;
	message: string;
}

/** A chart exactly as stored, every revision with its dataset as JSON text: what a copy moves. */
export interface StoredChart {
	meta: ChartMeta;
	tokenHash: string;
	revisions: (RevisionMeta & { dataset: string })[];
}

/**
 * Charts and their append-only history. A write either happens whole or not at all; `update`
 * appends exactly one revision on top of the one the writer saw, or throws.
 */
export interface ChartStore {
	/** Which implementation this is, for messages and the copy command. */
	readonly kind: 'sqlite' | 'postgres';
	/** Resolves once the store is reachable and its schema is current; rejects with why not. */
	ready(): Promise<void>;
	/** Stores a new chart at revision 1 and returns it with its edit token (the only time the token is seen). */
	create(dataset: Dataset, info: WriteInfo): Promise<{ chart: ChartMeta; token: string }>;
	/** The chart's metadata, or undefined. */
	meta(id: string): Promise<ChartMeta | undefined>;
	/** The dataset of a chart at `rev` (the newest when absent) as stored, JSON text, unparsed. */
	datasetText(id: string, rev?: number): Promise<string | undefined>;
	/** The chart at `rev` (the newest when absent), or undefined when the chart or revision does not exist. */
	get(id: string, rev?: number): Promise<ChartAtRevision | undefined>;
	/**
	 * {@link ChartStore.get} with the dataset left as stored: the chart's row, the revision's and its
	 * text in one read, for an answer that sends the text on unparsed.
	 */
	getText(id: string, rev?: number): Promise<ChartTextAtRevision | undefined>;
	/**
	 * Appends a revision on top of `expectedRev`. Throws {@link StaleRevisionError} when someone else
	 * wrote first, {@link ChartNotFoundError} when the chart is gone.
	 */
	update(id: string, expectedRev: number, dataset: Dataset, info: WriteInfo): Promise<ChartMeta>;
	/** Deletes a chart and its history. Resolves false when there was none. */
	delete(id: string): Promise<boolean>;
	/** Replaces the chart's edit token; the old one stops working at once. */
	rotateToken(id: string): Promise<string>;
	/** True when `token` is the chart's current edit token. */
	authorize(id: string, token: string): Promise<boolean>;
	/** The chart's history, newest first. */
	revisions(id: string): Promise<RevisionMeta[]>;
	/** A page of the charts, most recently updated first, and how many there are in all. */
	list(limit?: number, offset?: number): Promise<{ charts: ChartMeta[]; total: number }>;
	/** The chart with its token hash and every revision, as stored; undefined when there is none. */
	copyOut(id: string): Promise<StoredChart | undefined>;
	/** Writes a chart read by `copyOut` as it was, in one transaction; refuses an id already taken. */
	copyIn(chart: StoredChart): Promise<void>;
	/** Lets go of the file or the connections. */
	close(): Promise<void>;
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

const emptySummary: DiffSummary = {
	nodes: { added: 0, removed: 0, changed: 0 },
	edges: { added: 0, removed: 0, changed: 0 },
	title: false,
	kinds: false,
	sources: false,
	views: false
};

/** The summary of a chart's first revision: everything in it was added. */
export function creationSummary(dataset: Dataset): DiffSummary {
	return {
		...emptySummary,
		nodes: { ...emptySummary.nodes, added: dataset.nodes.length },
		edges: { ...emptySummary.edges, added: dataset.edges.length }
	};
}

/** The title a chart is listed under. */
export function titleOf(dataset: Dataset): string {
	return dataset.title.zh || dataset.title.en || dataset.id;
}
