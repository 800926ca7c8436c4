/**
 * Which revisions a chart id names, the one rule every reader of a chart follows: a built-in
 * dataset has one revision, 1; a stored chart has revisions 1 to its head, the head when none is
 * pinned. The chart API (`ChartHandlers.read`), pages, oEmbed, exports and stories all ask here.
 */
import type { Dataset } from '#lib/model/types.js';
import { ApiError } from './api-error.js';
import type { ChartAtRevision, ChartMeta, ChartStore, ChartTextAtRevision } from './chart-store.js';

/** Where charts come from: the built-in datasets (read-only) and the store. */
export interface ChartSources {
	/** A built-in dataset by id, or undefined. */
	builtin: (id: string) => Dataset | undefined;
	store: ChartStore;
}

/** A chart found at a revision: a built-in dataset, or a stored chart with its revision's metadata. */
export type FoundChart =
	| { kind: 'builtin'; id: string; rev: 1; dataset: Dataset }
	| ({ kind: 'stored'; id: string; rev: number } & ChartAtRevision);

/** {@link FoundChart} with a stored chart's dataset as stored, JSON text, unparsed. */
export type FoundChartText =
	| Extract<FoundChart, { kind: 'builtin' }>
	| ({ kind: 'stored'; id: string; rev: number } & ChartTextAtRevision);

/** True when `rev` names a revision of a built-in dataset: none pinned, or 1. */
export function builtinHasRevision(rev: number | undefined): boolean {
	return rev === undefined || rev === 1;
}

/** True when `rev` can name a revision at all: absent (the latest) or a whole number from 1. */
export function isRevision(rev: number | undefined): boolean {
	return rev === undefined || (Number.isInteger(rev) && rev >= 1);
}

/**
 * The chart `id` at revision `rev` (the latest when absent), a stored one's dataset left as text:
 * one read of the store. Undefined when there is none.
 */
export async function findChartText(
	sources: ChartSources,
	id: string,
	rev?: number
): Promise<FoundChartText | undefined> {
	if (!isRevision(rev)) return undefined;
	const builtin = sources.builtin(id);
	if (builtin) return builtinHasRevision(rev) ? { kind: 'builtin', id, rev: 1, dataset: builtin } : undefined;
	const stored = await sources.store.getText(id, rev);
	return stored && { kind: 'stored', id, rev: stored.revision.rev, ...stored };
}

/** The chart `id` at revision `rev` (the latest when absent), or undefined when there is none. */
export async function findChart(
	sources: ChartSources,
	id: string,
	rev?: number
): Promise<FoundChart | undefined> {
	const found = await findChartText(sources, id, rev);
	if (found?.kind !== 'stored') return found;
	const { text, ...stored } = found;
	return { ...stored, dataset: JSON.parse(text) as Dataset };
}

/**
 * A stored chart's row and the revision of it {@link findChart} would answer with, from that row
 * alone (no dataset is read). Undefined when there is none.
 */
export async function foundStoredRevision(
	store: ChartStore,
	id: string,
	rev?: number
): Promise<{ chart: ChartMeta; rev: number } | undefined> {
	if (!isRevision(rev)) return undefined;
	const chart = await store.meta(id);
	if (!chart || (rev ?? chart.rev) > chart.rev) return undefined;
	return { chart, rev: rev ?? chart.rev };
}

/**
 * The revision {@link findChart} would answer with, from the chart's row alone (no dataset is
 * read): what a conditional request compares its ETag with. Undefined when there is none.
 */
export async function foundRevision(
	sources: ChartSources,
	id: string,
	rev?: number
): Promise<number | undefined> {
	if (!isRevision(rev)) return undefined;
	if (sources.builtin(id)) return builtinHasRevision(rev) ? 1 : undefined;
	return (await foundStoredRevision(sources.store, id, rev))?.rev;
}

/**
 * The API's 404 for a chart {@link findChart} did not find: `revision_not_found` when the chart
 * exists but not at `rev`, `not_found` when there is no chart `id`.
 */
export async function chartMissing(sources: ChartSources, id: string, rev?: number): Promise<ApiError> {
	if (sources.builtin(id) || (rev !== undefined && (await sources.store.meta(id)))) {
		return new ApiError(404, 'revision_not_found', `Chart "${id}" has no revision ${rev}.`);
	}
	return new ApiError(404, 'not_found', `There is no chart "${id}".`);
}

/**
 * The revision a query parameter (`rev`, or `from`/`to` of a diff) pins: undefined when absent,
 * a 400 `bad_revision` when it is not a revision number.
 * @example revisionParam(new URL('http://x/?rev=3')) // 3
 */
export function revisionParam(url: URL, name = 'rev'): number | undefined {
	const value = url.searchParams.get(name);
	if (value === null) return undefined;
	if (!/^[1-9]\d{0,8}$/.test(value))
		throw new ApiError(400, 'bad_revision', `"${name}" must be a revision number (1, 2, …); got "${value}".`);
	return Number(value);
}
