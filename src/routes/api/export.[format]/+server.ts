import type { RequestHandler } from '@sveltejs/kit';
import type { Dataset } from '#lib/model/types.js';
import { errorResponse } from '#lib/server/api-error.js';
import { exportResponse } from '#lib/server/export-response.js';
import { postedDataset } from '#lib/server/posted-dataset.js';

/**
 * `POST /api/export.:format` — the `tiaokuai/1` dataset in the body exported as in
 * `GET /api/charts/:id/export.:format`, with the same query: for a chart the server does not
 * hold, such as one opened from another address (`?src=`). Nothing is stored.
 */
export const POST: RequestHandler = async ({ params, url, request }) => {
	let dataset: Dataset;
	try {
		dataset = await postedDataset(request);
	} catch (e) {
		return errorResponse(e);
	}
	return exportResponse(params.format!, dataset, url, request.signal);
};
