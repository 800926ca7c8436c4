/**
 * The one way pages load a chart by id: a built-in dataset, or a chart from the store at a
 * pinned revision or its latest. Embeds, present mode, oEmbed and story export all go through here.
 */
import type { Dataset } from '#lib/model/types.js';
import { getBuiltin } from '#lib/data/builtin.js';
import { chartsApi } from './services.js';

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
