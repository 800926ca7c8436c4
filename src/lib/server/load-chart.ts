/**
 * The one way pages load a chart by id: a built-in dataset, or a chart from the store at a
 * pinned revision or its latest. Embeds, present mode, oEmbed and story export all go through here.
 */
import { error } from '@sveltejs/kit';
import type { Dataset, Lang } from '#lib/model/types.js';
import { getBuiltin } from '#lib/data/builtin.js';
import { chartsApi } from './services.js';
import { STORE_RETRY_SECONDS, StoreUnavailableError } from './store-unavailable.js';

/** A chart as pages need it. */
export interface LoadedChart {
	id: string;
	title: Dataset['title'];
	/** The revision shown; built-in datasets have one revision, 1. */
	rev: number;
	dataset: Dataset;
}

/**
 * Loads a chart by id, at a pinned revision or the latest. Undefined when there is no such
 * chart or revision.
 */
export async function loadChart(id: string, rev?: number): Promise<LoadedChart | undefined> {
	const builtin = getBuiltin(id);
	if (builtin) {
		if (rev !== undefined && rev !== 1) return undefined;
		return { id, title: builtin.title, rev: 1, dataset: builtin };
	}
	const stored = await chartsApi().store.get(id, rev);
	if (!stored) return undefined;
	return {
		id,
		title: stored.dataset.title,
		rev: stored.revision.rev,
		dataset: stored.dataset
	};
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
		const text = e.extra.text as { zh: string; en: string };
		error(503, text[lang]);
	}
}
