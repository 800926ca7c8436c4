import { handleApi } from '#lib/server/api-error.js';
import { regionalQuery } from '#lib/server/regional-handler.js';
import { taskResponse } from '#lib/server/pool/task-runner.js';
import type { RequestHandler } from './$types';

/** The query is read here; a worker thread builds the instance, behind the pool's queue. */
export const GET: RequestHandler = ({ url, request, getClientAddress }) =>
	handleApi(() =>
		taskResponse(getClientAddress(), { kind: 'regional', ...regionalQuery(url) }, request.signal)
	);
