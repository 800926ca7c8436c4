import { handleApi } from '#lib/server/api-error.js';
import { AnswerCache } from '#lib/server/answer-cache.js';
import { regionalQuery } from '#lib/server/regional-handler.js';
import { taskRunner } from '#lib/server/pool/task-runner.js';
import type { RequestHandler } from './$types';

/**
 * The last instances built, kept while together under 64 MB, and sent gzipped as kept: an
 * instance depends only on its query, and the whole country's took ~400 ms to build and write as
 * JSON on an idle machine.
 */
const cache = new AnswerCache(64 * 2 ** 20);

/** The query is read here; a worker thread builds the instance, behind the pool's queue. */
export const GET: RequestHandler = ({ url, request, getClientAddress }) =>
	handleApi(async () => {
		const query = regionalQuery(url);
		const task = { kind: 'regional', ...query } as const;
		return cache.response(JSON.stringify(query), request, () =>
			taskRunner().answer(getClientAddress(), task, request.signal)
		);
	});
