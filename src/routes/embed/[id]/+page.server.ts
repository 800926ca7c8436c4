import { error } from '@sveltejs/kit';
import { loadChart } from '#lib/server/load-chart.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, setHeaders }) => {
	const options = readEmbedOptions(url.searchParams);
	const chart = loadChart(params.id, options.rev);
	if (!chart) error(404, options.rev ? 'No such chart revision.' : 'No such chart.');
	// A pinned revision never changes; the latest may, so hosts revalidate it.
	setHeaders({
		'cache-control': options.rev ? 'public, max-age=86400' : 'public, max-age=60, stale-while-revalidate=600'
	});
	return { id: chart.id, title: chart.title, rev: chart.rev, dataset: chart.dataset, options };
};
