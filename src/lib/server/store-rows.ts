/**
 * What both stores (sqlite-chart-store.ts, pg-chart-store.ts) write and read, and the rules of a
 * save, kept once: which revision a save appends and with what summary, how the token is issued,
 * which error a refused save throws, and how rows become metadata. Each store only runs its own
 * SQL inside its own transaction; the one-winner guarantee stays with the database (the guarded
 * `UPDATE … WHERE head_rev = expected` and the (chart_id, rev) primary key), never a check here.
 */
import type { Dataset } from '#lib/model/types.js';
import { diffDatasets, summariseDiff, type DiffSummary } from '#lib/model/dataset-diff.js';
import {
	ChartNotFoundError,
	StaleRevisionError,
	creationSummary,
	titleOf,
	type ChartAtRevision,
	type ChartMeta,
	type ChartTextAtRevision,
	type RevisionMeta,
	type WriteInfo
} from './chart-store.js';
import { issueToken } from './edit-token.js';

/** A row of `charts` as a driver gives it: times as ISO text (SQLite) or as a Date (PostgreSQL). */
export interface ChartRow {
	id: string;
	title: string;
	created_at: string | Date;
	updated_at: string | Date;
	head_rev: number;
}

/** A row of `revisions`: the summary as JSON text (SQLite) or already parsed (PostgreSQL). */
export interface RevisionRow {
	rev: number;
	author: string;
	message: string;
	created_at: string | Date;
	summary: string | DiffSummary;
	dataset?: string;
}

/** A revision about to be appended, as its columns hold it (times as ISO text, JSON as text). */
export interface NewRevision {
	rev: number;
	dataset: string;
	author: string;
	message: string;
	createdAt: string;
	summary: string;
}

/** What a save writes: the title the chart row takes and the revision appended. */
export interface Save {
	title: string;
	revision: NewRevision;
}

/** The columns of `revisions`, in the order {@link revisionValues} gives their values. */
export const REVISION_COLUMNS = 'chart_id, rev, dataset, author, message, created_at, summary';

/** The values of a revision row of chart `id`, in the order of {@link REVISION_COLUMNS}. */
export function revisionValues(
	id: string,
	r: NewRevision
): [string, number, string, string, string, string, string] {
	return [id, r.rev, r.dataset, r.author, r.message, r.createdAt, r.summary];
}

function save(rev: number, dataset: Dataset, info: WriteInfo, at: string, summary: DiffSummary): Save {
	const { author, message } = info;
	const text = JSON.stringify(dataset);
	return {
		title: titleOf(dataset),
		revision: { rev, dataset: text, author, message, createdAt: at, summary: JSON.stringify(summary) }
	};
}

/** A new chart's first save, with its edit token (for the owner) and the token's hash (for the row). */
export function firstSave(
	dataset: Dataset,
	info: WriteInfo,
	at: string
): Save & { token: string; tokenHash: string } {
	const { token, hash } = issueToken();
	return { ...save(1, dataset, info, at, creationSummary(dataset)), token, tokenHash: hash };
}

/** A chart's metadata right after its first save. */
export function createdMeta(id: string, first: Save): ChartMeta {
	const at = first.revision.createdAt;
	return { id, title: first.title, createdAt: at, updatedAt: at, rev: 1 };
}

/** The save on top of `expectedRev`, whose dataset was `base`: the next revision, summarised against it. */
export function nextSave(
	expectedRev: number,
	base: Dataset,
	dataset: Dataset,
	info: WriteInfo,
	at: string
): Save {
	return save(expectedRev + 1, dataset, info, at, summariseDiff(diffDatasets(base, dataset)));
}

/**
 * Why a save on top of `expectedRev` cannot be written: the chart is gone (`head` undefined), or
 * its head is elsewhere because someone wrote first. Stores throw it when the writer's revision is
 * missing or their guarded update matched no row.
 */
export function refusal(id: string, expectedRev: number, head: number | undefined): Error {
	return head === undefined ? new ChartNotFoundError(id) : new StaleRevisionError(expectedRev, head);
}

const iso = (time: string | Date) => (typeof time === 'string' ? time : time.toISOString());

/** A chart row as metadata. */
export function toMeta(row: ChartRow): ChartMeta {
	return {
		id: row.id,
		title: row.title,
		createdAt: iso(row.created_at),
		updatedAt: iso(row.updated_at),
		rev: row.head_rev
	};
}

/** A revision row as history. */
export function toRevision(row: RevisionRow): RevisionMeta {
	return {
		rev: row.rev,
		author: row.author,
		message: row.message,
		createdAt: iso(row.created_at),
		summary: typeof row.summary === 'string' ? (JSON.parse(row.summary) as DiffSummary) : row.summary
	};
}

/** A row of `charts` joined with one of its `revisions`, the revision's time renamed to stand apart. */
export type ChartRevisionRow = ChartRow &
	Required<Omit<RevisionRow, 'created_at'>> & { rev_created_at: string | Date };

/** A chart row joined with one of its revisions, as the chart at that revision with its dataset as text. */
export function toChartText(row: ChartRevisionRow): ChartTextAtRevision {
	return {
		chart: toMeta(row),
		revision: toRevision({ ...row, created_at: row.rev_created_at }),
		text: row.dataset
	};
}

/** A chart read with its dataset as text, the dataset parsed: what `get` answers from `getText`'s read. */
export function parsed(found: ChartTextAtRevision | undefined): ChartAtRevision | undefined {
	if (!found) return undefined;
	const { chart, revision, text } = found;
	return { chart, revision, dataset: JSON.parse(text) as Dataset };
}
