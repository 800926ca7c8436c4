import { loadStagePage } from '#lib/server/load-stage-page.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => ({
	...(await loadStagePage(params.id, url.searchParams, setHeaders, readEmbedOptions)),
	url: url.href,
	origin: url.origin
});
