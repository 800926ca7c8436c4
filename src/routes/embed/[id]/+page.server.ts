import { error } from '@sveltejs/kit';
import { loadPageChart } from '#lib/server/load-chart.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import { shownDate } from '#lib/model/dates.js';
import { todayIso } from '#lib/model/date-stops.js';
import { ts } from '#lib/i18n/story-strings.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	const { rev, view } = readEmbedOptions(url.searchParams);
	const chart = await loadPageChart(params.id, rev, setHeaders, view.lang ?? 'zh');
	// The error page shows the message as it is: in the language the page was asked in.
	if (!chart) error(404, ts(rev ? 'noSuchRevision' : 'noSuchChart', view.lang ?? 'zh'));
	// The view is checked against the chart's own nodes and relation kinds; without a date it shows
	// today's structure, as the explorer opens (asof=all: every date at once).
	const options = readEmbedOptions(url.searchParams, chart.dataset);
	const asOf = shownDate({ ...options.view, allDates: options.allDates }, chart.dataset, todayIso());
	if (asOf !== undefined) options.view = { ...options.view, asOf };
	// A pinned revision never changes; the latest may, so hosts revalidate it.
	setHeaders({
		'cache-control': rev ? 'public, max-age=86400' : 'public, max-age=60, stale-while-revalidate=600'
	});
	return { id: chart.id, title: chart.title, rev: chart.rev, dataset: chart.dataset, options };
};
