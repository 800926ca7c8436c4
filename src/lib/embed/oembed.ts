/**
 * oEmbed (https://oembed.com) for chart pages: a tool that knows oEmbed turns a link to a chart
 * into the embed's iframe. Pure functions; the route at /api/oembed does the HTTP.
 */
import { iframeSnippet } from './snippet.js';

/** The chart a page URL shows, with the origin it was reached at and the query that carries its view. */
export interface ChartRef {
	id: string;
	origin: string;
	search: URLSearchParams;
}

/** The chart shown by the home page. */
export const HOME_CHART = 'opinions-2015';

const CHART_PAGE = /^\/(?:charts|present|embed)\/([\w-]{1,100})\/?$/u;

/**
 * Which chart a URL on this app's `host` shows, or `null` for other hosts and pages. The scheme
 * is not compared: behind a TLS proxy the server may not know it, and the consumer's URL says it.
 * @example chartOfUrl('https://t.example/present/opinions-2015?lang=en', 't.example')
 * // → { id: 'opinions-2015', origin: 'https://t.example', search: lang=en }
 */
export function chartOfUrl(url: string, host: string): ChartRef | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null;
	}
	if (parsed.host !== host || !/^https?:$/.test(parsed.protocol)) return null;
	const ref = (id: string) => ({ id, origin: parsed.origin, search: parsed.searchParams });
	if (parsed.pathname === '/') return ref(HOME_CHART);
	const match = CHART_PAGE.exec(parsed.pathname);
	return match ? ref(match[1]) : null;
}

/** The oEmbed `rich` response. */
export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

/** What the response is built from. */
export interface OEmbedInput {
	chart: ChartRef;
	title: string;
	maxwidth?: number;
	maxheight?: number;
}

/** The frame size when the consumer sets no limit. */
export const DEFAULT_SIZE = { width: 800, height: 600 };

/**
 * The oEmbed answer for a chart: an iframe of `/embed/:id` that keeps the page's view
 * parameters, no larger than `maxwidth` × `maxheight`, which oEmbed says a provider must respect
 * (a frame of 200 × 150 had been answered to a consumer asking for at most 100 wide).
 */
export function oembedResponse({ chart, title, maxwidth, maxheight }: OEmbedInput): OEmbedRich {
	const origin = chart.origin;
	const width = Math.max(1, Math.min(DEFAULT_SIZE.width, maxwidth ?? Infinity));
	const height = Math.max(1, Math.min(DEFAULT_SIZE.height, maxheight ?? Infinity));
	const query = chart.search.toString();
	const src = `${origin}/embed/${encodeURIComponent(chart.id)}${query ? `?${query}` : ''}`;
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: '条块 Tiaokuai',
		provider_url: `${origin}/`,
		html: iframeSnippet({ src, width, height, title }),
		width,
		height,
		cache_age: 3600
	};
}

/** The discovery link a chart page puts in its head, pointing at /api/oembed. */
export function oembedDiscoveryHref(origin: string, pageUrl: string): string {
	return `${origin}/api/oembed?format=json&url=${encodeURIComponent(pageUrl)}`;
}
