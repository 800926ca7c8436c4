import { handleApi } from '#lib/server/api-error.js';
import { chartHandlers } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => handleApi(() => chartHandlers().read(params.id, url));

export const PUT: RequestHandler = ({ params, request }) =>
	handleApi(() => chartHandlers().update(params.id, request));

export const DELETE: RequestHandler = ({ params, request }) =>
	handleApi(() => chartHandlers().remove(params.id, request));
