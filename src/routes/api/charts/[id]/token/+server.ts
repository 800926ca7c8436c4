import { handleApi } from '#lib/server/api-error.js';
import { chartsApi } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ params, request }) =>
	handleApi(() => chartsApi().rotateToken(params.id, request));
