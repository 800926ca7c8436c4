/**
 * The one way pages load a chart by id: built-in datasets, with their default story when they
 * carry none. Embeds, present mode and oEmbed all go through here.
 */
import type { Dataset } from '#lib/model/types.js';
import { getBuiltin } from '#lib/data/builtin.js';
import { withDefaultStory } from '#lib/data/stories/default-story.js';

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
export function loadChart(id: string, rev?: number): LoadedChart | undefined {
	const builtin = getBuiltin(id);
	if (!builtin || (rev !== undefined && rev !== 1)) return undefined;
	return { id, title: builtin.title, rev: 1, dataset: withDefaultStory(builtin) };
}
