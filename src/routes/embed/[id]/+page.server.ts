import { loadStagePage } from '#lib/server/load-stage-page.js';
import { embedPageOptions } from '#lib/embed/embed-page-options.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	const page = await loadStagePage(params.id, url.searchParams, setHeaders, embedPageOptions);
	// A pinned revision never changes; the latest may, so hosts revalidate it.
	setHeaders({
		'cache-control': page.options.rev
			? 'public, max-age=86400'
			: 'public, max-age=60, stale-while-revalidate=600'
	});
	return page;
};
