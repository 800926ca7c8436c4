import { error } from '@sveltejs/kit';
import { loadPageChart } from '#lib/server/load-chart.js';
import { ts } from '#lib/i18n/story-strings.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders, untrack }) => {
	// The language names only an error: a new one in the address does not load the chart again.
	const lang = untrack(() => url.searchParams.get('lang')) === 'en' ? 'en' : 'zh';
	// The latest revision; a chart too large to come with the page is read by the page (PageDataset).
	const chart = await loadPageChart(params.id, undefined, setHeaders, lang);
	// The error page shows the message as it is: in the language the page was asked in.
	if (!chart) error(404, ts('noSuchChart', lang));
	return { chart };
};
