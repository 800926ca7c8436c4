import { error } from '@sveltejs/kit';
import { readEmbedOptions, type EmbedOptions, type ReadPageOptions } from '#lib/embed/embed-options.js';
import { ts } from '#lib/i18n/story-strings.js';
import { loadChartForPage, loadPageChart, type PageChart } from './load-chart.js';

/**
 * A chart page's data: the chart, without `dataset` when it is too large to come with the page
 * (the page reads it by id and revision), and the options its address asks for.
 */
export type StagePageData = PageChart & { options: EmbedOptions };

/**
 * The server load of a page that shows one chart on a stage (embed, present, speaker notes): the
 * chart at the address's revision, and the options `read` from the address against it. A chart
 * too large to come with the page is read by the page, which reads its options then (StagePage);
 * until then they are read without it. A missing chart or revision is a 404 in the address's
 * language, and a database away a 503 (loadPageChart).
 */
export async function loadStagePage(
	id: string,
	params: URLSearchParams,
	setHeaders: (headers: Record<string, string>) => void,
	read: ReadPageOptions,
	load: typeof loadChartForPage = loadChartForPage
): Promise<StagePageData> {
	const { rev, view } = readEmbedOptions(params);
	const lang = view.lang ?? 'zh';
	const chart = await loadPageChart(id, rev, setHeaders, lang, load);
	// The error page shows the message as it is: in the language the page was asked in.
	if (!chart) error(404, ts(rev ? 'noSuchRevision' : 'noSuchChart', lang));
	return { ...chart, options: chart.dataset ? read(params, chart.dataset) : readEmbedOptions(params) };
}
