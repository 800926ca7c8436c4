import { error } from '@sveltejs/kit';
import { loadChart } from '#lib/server/load-chart.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const { rev } = readEmbedOptions(url.searchParams);
	const chart = loadChart(params.id, rev);
	if (!chart) error(404, 'No such chart.');
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
