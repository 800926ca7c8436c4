import { handleApi } from '#lib/server/api-error.js';
import { chartsApi } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => handleApi(() => chartsApi().read(params.id, url));

export const PUT: RequestHandler = ({ params, request }) =>
	handleApi(() => chartsApi().update(params.id, request));

export const DELETE: RequestHandler = ({ params, request }) =>
	handleApi(() => chartsApi().remove(params.id, request));
