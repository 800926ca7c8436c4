import { error } from '@sveltejs/kit';
import { loadPageChart } from '#lib/server/load-chart.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import { ts } from '#lib/i18n/story-strings.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	const { rev, view } = readEmbedOptions(url.searchParams);
	const chart = await loadPageChart(params.id, rev, setHeaders, view.lang ?? 'zh');
	// The error page shows the message as it is: in the language the page was asked in.
	if (!chart) error(404, ts('noSuchChart', view.lang ?? 'zh'));
	// A chart too large to come with the page is read by the page, which checks the options against it.
	const options = readEmbedOptions(url.searchParams, chart.dataset);
	return {
		...chart,
		options,
		url: url.href,
		origin: url.origin
	};
};
