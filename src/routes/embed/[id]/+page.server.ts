import { error } from '@sveltejs/kit';
import { loadPageChart } from '#lib/server/load-chart.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import { embedPageOptions } from '#lib/embed/embed-page-options.js';
import { todayIso } from '#lib/model/date-stops.js';
import { ts } from '#lib/i18n/story-strings.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	const { rev, view } = readEmbedOptions(url.searchParams);
	const chart = await loadPageChart(params.id, rev, setHeaders, view.lang ?? 'zh');
	// The error page shows the message as it is: in the language the page was asked in.
	if (!chart) error(404, ts(rev ? 'noSuchRevision' : 'noSuchChart', view.lang ?? 'zh'));
	// A chart too large to come with the page is read by the page, which works out its options.
	const options = chart.dataset
		? embedPageOptions(url.searchParams, chart.dataset, todayIso())
		: readEmbedOptions(url.searchParams);
	// A pinned revision never changes; the latest may, so hosts revalidate it.
	setHeaders({
		'cache-control': rev ? 'public, max-age=86400' : 'public, max-age=60, stale-while-revalidate=600'
	});
	return { ...chart, options };
};
