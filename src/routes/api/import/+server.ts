import { handleApi } from '#lib/server/api-error.js';
import { importRequest } from '#lib/server/import-api.js';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request }) => handleApi(() => importRequest(request));
