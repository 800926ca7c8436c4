import { error } from '@sveltejs/kit';
import { loadChart } from '#lib/server/load-chart.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, setHeaders }) => {
	const { rev } = readEmbedOptions(url.searchParams);
	const chart = loadChart(params.id, rev);
	if (!chart) error(404, rev ? 'No such chart revision.' : 'No such chart.');
	// The view is checked against the chart's own nodes and relation kinds.
	const options = readEmbedOptions(url.searchParams, chart.dataset);
	// A pinned revision never changes; the latest may, so hosts revalidate it.
	setHeaders({
		'cache-control': rev ? 'public, max-age=86400' : 'public, max-age=60, stale-while-revalidate=600'
	});
	return { id: chart.id, title: chart.title, rev: chart.rev, dataset: chart.dataset, options };
};
