import { handleApi } from '#lib/server/api-error.js';
import { chartsApi } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => handleApi(() => chartsApi().list(url));

export const POST: RequestHandler = ({ request, getClientAddress }) =>
	handleApi(() => chartsApi().create(request, getClientAddress()));
