import { handleApi } from '#lib/server/api-error.js';
import { chartHandlers } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => handleApi(() => chartHandlers().list(url));

export const POST: RequestHandler = ({ request, getClientAddress }) =>
	handleApi(() => chartHandlers().create(request, getClientAddress()));
