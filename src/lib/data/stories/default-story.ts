/** Default stories for built-in datasets that carry none of their own. */
import type { Dataset, View } from '#lib/model/types.js';
import { opinions2015Story } from './opinions-2015-story.js';

const DEFAULT_STORIES: Record<string, (dataset: Dataset) => View[]> = {
	'opinions-2015': opinions2015Story
};

/**
 * The dataset with its default story in `views` when it has no views of its own; otherwise
 * the dataset itself. Does not change its input.
 */
export function withDefaultStory(dataset: Dataset): Dataset {
	if (dataset.views?.length) return dataset;
	const story = DEFAULT_STORIES[dataset.id]?.(dataset);
	return story?.length ? { ...dataset, views: story } : dataset;
}
