import { json } from '@sveltejs/kit';
import { ApiError, handleApi } from '#lib/server/api-error.js';
import { chartOfUrl, oembedResponse } from '#lib/embed/oembed.js';
import { loadChartForPage } from '#lib/server/load-chart.js';
import type { RequestHandler } from './$types';

function size(value: string | null): number | undefined {
	if (value === null || !/^\d{1,5}$/.test(value)) return undefined;
	return Number(value);
}

/**
 * oEmbed endpoint: `GET /api/oembed?url=<chart page>&maxwidth=&maxheight=&format=json`.
 * 404 for URLs that are not chart pages of this app, 501 for formats other than JSON. A chart is
 * loaded as its pages load it: one too large to come with a page is not parsed to answer, and is
 * titled as it is listed.
 */
export const GET: RequestHandler = ({ url }) => handleApi(() => answer(url));

async function answer(url: URL): Promise<Response> {
	const format = url.searchParams.get('format') ?? 'json';
	if (format !== 'json') throw new ApiError(501, 'unsupported_format', 'Only format=json is supported.');
	const page = url.searchParams.get('url');
	if (!page) throw new ApiError(400, 'missing_url', 'The url parameter is required.');
	const chart = chartOfUrl(page, url.host);
	const loaded = chart && (await loadChartForPage(chart.id, size(chart.search.get('rev'))));
	if (!chart || !loaded) throw new ApiError(404, 'not_found', 'No chart at that URL.');
	const lang = chart.search.get('lang') === 'en' ? 'en' : 'zh';
	const body = oembedResponse({
		chart,
		title: loaded.title[lang],
		maxwidth: size(url.searchParams.get('maxwidth')),
		maxheight: size(url.searchParams.get('maxheight'))
	});
	return json(body, {
		headers: { 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*' }
	});
}
