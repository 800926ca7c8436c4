import { error } from '@sveltejs/kit';
import { ApiFailure, ChartsClient } from '#lib/api-client/charts-client.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
	try {
		return { chart: await new ChartsClient(fetch).get(params.id) };
	} catch (e) {
		if (e instanceof ApiFailure && e.status === 404) error(404, e.message);
		throw e;
	}
};
