/**
 * The server's charts by id, by the one rule of find-chart.ts (a built-in dataset has one
 * revision, 1; a stored chart its pinned revision or its latest): pages (editor, embed, present),
 * oEmbed, the export and the story routes load through here, the chart API reads by the same rule.
 */
import { error } from '@sveltejs/kit';
import type { Dataset, Lang } from '#lib/model/types.js';
import { getBuiltin } from '#lib/data/builtin.js';
import {
	builtinHasRevision,
	chartMissing,
	findChart,
	foundStoredRevision,
	isRevision,
	type ChartSources
} from './find-chart.js';
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

/** The server's charts: the built-in datasets, and the store opened on first use. */
const serverCharts: ChartSources = {
	builtin: getBuiltin,
	get store() {
		return chartHandlers().store;
	}
};

/**
 * The stored charts alone, as the packed route sees them: only stored charts are packed, so a
 * built-in dataset's id is missing there as a chart the store lacks.
 */
export const storedCharts: ChartSources = {
	builtin: () => undefined,
	get store() {
		return chartHandlers().store;
	}
};

/**
 * Loads a chart by id, at a pinned revision or the latest, by the rule of {@link findChart}.
 * Undefined when there is no such chart or revision.
 */
export async function loadChart(id: string, rev?: number): Promise<LoadedChart | undefined> {
	const found = await findChart(serverCharts, id, rev);
	return found && { id, title: found.dataset.title, rev: found.rev, dataset: found.dataset };
}

/**
 * Where a worker finds the dataset behind a chart id, by the same rule as {@link loadChart},
 * without parsing it on the request's thread: a built-in by id, a stored revision as its JSON
 * text. Throws the API's 404 (`not_found`, `revision_not_found`) when there is none.
 */
export async function chartSource(id: string, rev?: number): Promise<DatasetSource> {
	if (getBuiltin(id)) {
		if (builtinHasRevision(rev)) return { builtin: id };
	} else if (isRevision(rev)) {
		const stored = await serverCharts.store.datasetText(id, rev);
		if (stored !== undefined) return { stored };
	}
	throw await chartMissing(serverCharts, id, rev);
}

/**
 * Past this many characters of JSON a page does not carry its chart: SvelteKit writes a page's
 * data into it on the thread that answers every request, and a 30,000-node chart (5 MB) took
 * 1.5–2.7 s of it per page, parsed and written out again. Such a page reads the chart from the
 * chart API instead (page-dataset.svelte.ts); charts this small are also those drawn on the server.
 */
export const PAGE_INLINE_CHARS = 1_000_000;

/**
 * Revisions (`id:rev`) known to be past {@link PAGE_INLINE_CHARS}, the last 1,000: a revision never
 * changes, and reading a 5 MB one only to find its size took 30 ms a page.
 */
const largeRevisions = new Set<string>();
const LARGE_REVISIONS_KEPT = 1000;

/**
 * A chart as a page gets it: its dataset, or, past {@link PAGE_INLINE_CHARS}, none (the page reads
 * it from the chart API by id and revision, page-dataset.svelte.ts).
 */
export type PageChart = Omit<LoadedChart, 'dataset'> & {
	dataset?: Dataset;
	/** True for a built-in dataset, which nobody can change. */
	readOnly: boolean;
};

/**
 * {@link loadChart} for a page, by the same rule, without parsing a large stored chart: its
 * dataset is left for the page to read from the chart API, its title is the one it is listed under.
 * The chart's row is read once, and its dataset at most once: not at all for a revision known large.
 */
export async function loadChartForPage(id: string, rev?: number): Promise<PageChart | undefined> {
	if (getBuiltin(id)) {
		const builtin = await loadChart(id, rev);
		return builtin && { ...builtin, readOnly: true };
	}
	const found = await foundStoredRevision(serverCharts.store, id, rev);
	if (!found) return undefined;
	const key = `${id}:${found.rev}`;
	if (!largeRevisions.has(key)) {
		const text = await serverCharts.store.datasetText(id, found.rev);
		if (text === undefined) return undefined;
		if (text.length <= PAGE_INLINE_CHARS) {
			const dataset = JSON.parse(text) as Dataset;
			return { id, title: dataset.title, rev: found.rev, readOnly: false, dataset };
		}
		largeRevisions.add(key);
		if (largeRevisions.size > LARGE_REVISIONS_KEPT)
			largeRevisions.delete(largeRevisions.values().next().value!);
	}
	const listed = found.chart.title;
	return { id, title: { zh: listed, en: listed }, rev: found.rev, readOnly: false };
}

/**
 * {@link loadChartForPage} for a page (editor, embed, present, speaker notes): while the database
 * is away the page answers 503 with `Retry-After`, in the language it was asked in, as the API does.
 */
export async function loadPageChart(
	id: string,
	rev: number | undefined,
	setHeaders: (headers: Record<string, string>) => void,
	lang: Lang,
	load: typeof loadChartForPage = loadChartForPage
): Promise<PageChart | undefined> {
	try {
		return await load(id, rev);
	} catch (e) {
		if (!(e instanceof StoreUnavailableError)) throw e;
		setHeaders({ 'retry-after': String(STORE_RETRY_SECONDS) });
		error(503, e.extra.text[lang]);
	}
}
