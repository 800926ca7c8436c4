import { error } from '@sveltejs/kit';
import { ApiFailure, ChartsClient } from '#lib/api-client/charts-client.js';
import { ts } from '#lib/i18n/story-strings.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, url }) => {
	try {
		return { chart: await new ChartsClient(fetch).get(params.id) };
	} catch (e) {
		// The error page shows the message as it is: in the language the page was asked in.
		if (e instanceof ApiFailure && e.status === 404)
			error(404, ts('noSuchChart', url.searchParams.get('lang') === 'en' ? 'en' : 'zh'));
		throw e;
	}
};
