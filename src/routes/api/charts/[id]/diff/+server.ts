import { handleApi } from '#lib/server/api-error.js';
import { chartsApi } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => handleApi(() => chartsApi().diff(params.id, url));
