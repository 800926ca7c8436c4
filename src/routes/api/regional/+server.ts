import { handleApi } from '#lib/server/api-error.js';
import { regionalRequest } from '#lib/server/regional-api.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => handleApi(() => regionalRequest(url));
