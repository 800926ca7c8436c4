import { handleApi } from '#lib/server/api-error.js';
import { importRequest } from '#lib/server/import-handler.js';
import { taskResponse } from '#lib/server/pool/task-runner.js';
import type { RequestHandler } from './$types';

/** Reads the upload here; a worker thread converts it, behind the pool's queue. */
export const POST: RequestHandler = ({ request, getClientAddress }) =>
	handleApi(() =>
		importRequest(request, (job) =>
			taskResponse(getClientAddress(), { kind: 'import', ...job }, request.signal)
		)
	);
