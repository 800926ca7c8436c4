import { handleApi } from '#lib/server/api-error.js';
import { buildRegional } from '#lib/server/regional-api.js';
import { chartsApi } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request, getClientAddress }) =>
	handleApi(() => chartsApi().createRegional(request, getClientAddress(), buildRegional));
