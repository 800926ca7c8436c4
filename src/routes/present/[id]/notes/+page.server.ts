import { loadStagePage } from '#lib/server/load-stage-page.js';
import { readEmbedOptions } from '#lib/embed/embed-options.js';
import type { PageServerLoad } from './$types';

// The notes window shows the same chart and story as the deck it accompanies.
export const load: PageServerLoad = ({ params, url, setHeaders }) =>
	loadStagePage(params.id, url.searchParams, setHeaders, readEmbedOptions);
