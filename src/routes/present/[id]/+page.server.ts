import { error } from '@sveltejs/kit';
import { loadChart } from '#lib/server/load-chart.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import { ts } from '#lib/i18n/story-strings.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { rev, view } = readEmbedOptions(url.searchParams);
	const chart = await loadChart(params.id, rev);
	// The error page shows the message as it is: in the language the page was asked in.
	if (!chart) error(404, ts('noSuchChart', view.lang ?? 'zh'));
	const options = readEmbedOptions(url.searchParams, chart.dataset);
	return {
		id: chart.id,
		title: chart.title,
		dataset: chart.dataset,
		options,
		url: url.href,
		origin: url.origin
	};
};
