import { handleApi } from '#lib/server/api-error.js';
import { chartHandlers } from '#lib/server/services.js';
import { diffAnswer } from '#lib/server/diff-answers.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, request, getClientAddress }) =>
	handleApi(() => chartHandlers().diff(params.id, url, diffAnswer(request, getClientAddress())));
