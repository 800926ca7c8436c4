import type { RequestHandler } from '@sveltejs/kit';
import { handleApi } from '#lib/server/api-error.js';
import { limits } from '#lib/model/limits.js';
import { readBody } from '#lib/server/read-body.js';
import { taskResponse } from '#lib/server/pool/task-runner.js';

/**
 * `POST /api/export.:format` — the `tiaokuai/1` dataset in the body exported as in
 * `GET /api/charts/:id/export.:format`, with the same query: for a chart the server does not
 * hold, such as one opened from another address (`?src=`). Nothing is stored. The body is read
 * here; a worker thread parses, checks and draws it.
 */
export const POST: RequestHandler = ({ params, url, request, getClientAddress }) =>
	handleApi(async () => {
		const posted = await readBody(request, limits.bodyBytes);
		const task = {
			kind: 'export',
			format: params.format!,
			search: url.search.slice(1),
			source: { posted }
		} as const;
		return taskResponse(getClientAddress(), task, request.signal);
	});
