import { error } from '@sveltejs/kit';
import { getBuiltin } from '#lib/data/builtin.js';
import { withDefaultStory } from '#lib/data/stories/default-story.js';
import type { PageLoad } from './$types';

export const load: PageLoad = () => {
	const dataset = getBuiltin('opinions-2015');
	if (!dataset) error(500, 'The built-in dataset is missing.');
	return { dataset: withDefaultStory(dataset) };
};
