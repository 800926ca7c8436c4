import { handleApi } from '#lib/server/api-error.js';
import { chartHandlers } from '#lib/server/services.js';
import { removePackedFiles } from '#lib/server/packed-charts.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => handleApi(() => chartHandlers().read(params.id, url));

export const PUT: RequestHandler = ({ params, request }) =>
	handleApi(() => chartHandlers().update(params.id, request));

export const DELETE: RequestHandler = ({ params, request }) =>
	handleApi(async () => {
		const deleted = await chartHandlers().remove(params.id, request);
		// The chart and its history are gone from the store; so is its packed form from the disk.
		removePackedFiles(params.id);
		return deleted;
	});
