/**
 * The one way the server finds a chart by id: a built-in dataset, which has one revision, 1, or a
 * chart from the store at a pinned revision or its latest. Pages (embed, present), oEmbed, the
 * export and the story routes all go through here, so they agree on which revisions exist.
 */
import { error } from '@sveltejs/kit';
import type { Dataset, Lang } from '#lib/model/types.js';
import { getBuiltin } from '#lib/data/builtin.js';
import { ApiError } from './api-error.js';
import type { DatasetSource } from './pool/tasks.js';
import { chartHandlers } from './services.js';
import { STORE_RETRY_SECONDS, StoreUnavailableError } from './store-unavailable.js';

/** A chart as pages need it. */
export interface LoadedChart {
	id: string;
	title: Dataset['title'];
	/** The revision shown; built-in datasets have one revision, 1. */
	rev: number;
	dataset: Dataset;
}

/** True when `rev` can name a revision: absent (the latest) or a whole number from 1. */
function isRevision(rev: number | undefined): boolean {
	return rev === undefined || (Number.isInteger(rev) && rev >= 1);
}

/**
 * Loads a chart by id, at a pinned revision or the latest. Undefined when there is no such
 * chart or revision.
 */
export async function loadChart(id: string, rev?: number): Promise<LoadedChart | undefined> {
	if (!isRevision(rev)) return undefined;
	const builtin = getBuiltin(id);
	if (builtin)
		return rev === undefined || rev === 1
			? { id, title: builtin.title, rev: 1, dataset: builtin }
			: undefined;
	const stored = await chartHandlers().store.get(id, rev);
	if (!stored) return undefined;
	return { id, title: stored.dataset.title, rev: stored.revision.rev, dataset: stored.dataset };
}

/**
 * Where a worker finds the dataset behind a chart id, by the same rule as {@link loadChart},
 * without parsing it on the request's thread: a built-in by id, a stored revision as its JSON
 * text. Throws the API's 404 (`not_found`, `revision_not_found`) when there is none.
 */
export async function chartSource(id: string, rev?: number): Promise<DatasetSource> {
	if (getBuiltin(id)) {
		if (rev === undefined || rev === 1) return { builtin: id };
	} else {
		const { store } = chartHandlers();
		if (!(await store.meta(id))) throw new ApiError(404, 'not_found', `There is no chart "${id}".`);
		const stored = isRevision(rev) ? await store.datasetText(id, rev) : undefined;
		if (stored !== undefined) return { stored };
	}
	throw new ApiError(404, 'revision_not_found', `Chart "${id}" has no revision ${rev}.`);
}

/**
 * The revision a `rev` query parameter pins: undefined when absent, a 400 `bad_revision` when it
 * is not a revision number.
 * @example revisionParam(new URL('http://x/?rev=3')) // 3
 */
export function revisionParam(url: URL): number | undefined {
	const value = url.searchParams.get('rev');
	if (value === null) return undefined;
	if (!/^[1-9]\d{0,8}$/.test(value))
		throw new ApiError(400, 'bad_revision', `"rev" must be a revision number (1, 2, …); got "${value}".`);
	return Number(value);
}

/**
 * {@link loadChart} for a page (embed, present, speaker notes): while the database is away the
 * page answers 503 with `Retry-After`, in the language it was asked in, as the API does.
 */
export async function loadPageChart(
	id: string,
	rev: number | undefined,
	setHeaders: (headers: Record<string, string>) => void,
	lang: Lang,
	load: typeof loadChart = loadChart
): Promise<LoadedChart | undefined> {
	try {
		return await load(id, rev);
	} catch (e) {
		if (!(e instanceof StoreUnavailableError)) throw e;
		setHeaders({ 'retry-after': String(STORE_RETRY_SECONDS) });
		error(503, e.extra.text[lang]);
	}
}
