import { handleApi } from '#lib/server/api-error.js';
import { chartHandlers } from '#lib/server/services.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => handleApi(() => chartHandlers().diff(params.id, url));
