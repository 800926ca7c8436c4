import { handleApi } from '#lib/server/api-error.js';
import { chartHandlers } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ params, request }) =>
	handleApi(() => chartHandlers().rotateToken(params.id, request));
